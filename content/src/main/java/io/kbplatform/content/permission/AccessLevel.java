package io.kbplatform.content.permission;

/** What a grant on a space allows; each level includes the ones before it. */
public enum AccessLevel {
  /** Read published articles. */
  VIEW,
  /** Also write drafts, submit them for review, upload attachments and see versions. */
  EDIT,
  /** Also approve, reject, publish, archive and restrict articles. */
  PUBLISH,
  /** Also manage the space: grants, categories, deletions. */
  ADMINISTER;

  public boolean includes(AccessLevel other) {
    return compareTo(other) >= 0;
  }

  static AccessLevel lower(AccessLevel a, AccessLevel b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
