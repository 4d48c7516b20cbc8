package io.kbplatform.content.audit;

/** What the audit log records. */
public enum AuditAction {
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  /** Too many failed sign-ins for a username or from an address: attempts wait a while. */
  SIGNIN_THROTTLED,
  /** A user changed their own password (the administrator's reset is PASSWORD_RESET). */
  PASSWORD_CHANGED,
  /** Migration V16 found two accounts whose names differ only in case or width. */
  USERNAME_CLASH,
  USER_CREATED,
  ROLES_CHANGED,
  USER_DISABLED,
  USER_ENABLED,
  PASSWORD_RESET,
  GROUP_CREATED,
  GROUP_DELETED,
  GROUP_MEMBER_ADDED,
  GROUP_MEMBER_REMOVED,
  SPACE_CREATED,
  GRANT_CHANGED,
  GRANT_REVOKED,
  ARTICLE_RESTRICTED,
  ARTICLE_PUBLISHED,
  ARTICLE_REJECTED,
  ARTICLE_ARCHIVED,
  ARTICLE_UNARCHIVED,
  ARTICLE_DELETED,
  ARTICLE_MOVED,
  ARTICLE_OWNER_CHANGED,
  CATEGORY_DELETED,
  ATTACHMENT_DELETED,
  IMPORT_COMPLETED,
  SYNONYMS_CHANGED
}
