/** The audit log: publishing, permission changes, deletions and logins, for administrators. */
package io.kbplatform.content.audit;
