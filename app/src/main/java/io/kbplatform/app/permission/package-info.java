/** REST resources for space grants. */
package io.kbplatform.app.permission;
