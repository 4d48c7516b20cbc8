/** REST resources and the schedule that keep articles verified. */
package io.kbplatform.app.verification;
