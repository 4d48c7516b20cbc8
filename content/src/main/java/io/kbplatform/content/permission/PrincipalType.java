package io.kbplatform.content.permission;

/** Who a grant is for: one user, the members of a group, or every signed-in user. */
public enum PrincipalType {
  USER,
  GROUP,
  EVERYONE
}
