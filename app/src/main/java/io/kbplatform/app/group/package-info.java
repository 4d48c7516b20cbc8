/** REST resources for administering groups. */
package io.kbplatform.app.group;
