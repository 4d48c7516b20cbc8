/** REST resource for reading the audit log. */
package io.kbplatform.app.audit;
