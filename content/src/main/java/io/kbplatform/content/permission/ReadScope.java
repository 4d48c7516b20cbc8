package io.kbplatform.content.permission;

import java.util.Set;

/**
 * What one actor may find in search, in the terms the index stores: documents whose space readers
 * include one of {@code principals} and whose restriction admits one of them (or who are in a space
 * the actor administers). {@code everything} is for administrators; {@code editableSpaces} may also
 * show archived articles.
 */
public record ReadScope(
    boolean everything,
    Set<String> principals,
    Set<String> administeredSpaces,
    Set<String> editableSpaces) {

  /** The restriction token of an article open to every reader of its space. */
  public static final String UNRESTRICTED = "*";

  public ReadScope {
    principals = Set.copyOf(principals);
    administeredSpaces = Set.copyOf(administeredSpaces);
    editableSpaces = Set.copyOf(editableSpaces);
  }

  /** Nobody: a user without roles. */
  public boolean nothing() {
    return !everything && principals.isEmpty();
  }
}
