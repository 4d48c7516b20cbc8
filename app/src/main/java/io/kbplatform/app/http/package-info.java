/** HTTP plumbing shared by every resource. */
package io.kbplatform.app.http;
