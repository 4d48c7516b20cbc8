/** REST resource for spaces. */
package io.kbplatform.app.space;
