package io.kbplatform.content.permission;

import java.util.Set;

/**
 * What one actor may see in article lists, as a query filters it: articles in {@code
 * readableSpaces}; in {@code editableSpaces} also drafts and archived ones, elsewhere only
 * published live ones; restricted ones when the actor owns them, is in one of their groups or
 * administers their space. {@code everything} is for administrators.
 */
public record ListScope(
    boolean everything,
    String username,
    Set<String> groups,
    Set<String> readableSpaces,
    Set<String> editableSpaces,
    Set<String> administeredSpaces) {

  public ListScope {
    groups = Set.copyOf(groups);
    readableSpaces = Set.copyOf(readableSpaces);
    editableSpaces = Set.copyOf(editableSpaces);
    administeredSpaces = Set.copyOf(administeredSpaces);
  }

  static ListScope everything(Actor actor) {
    return new ListScope(true, actor.username(), actor.groups(), Set.of(), Set.of(), Set.of());
  }

  /** Whether the actor sees drafts in the space: everywhere for administrators. */
  public boolean editsIn(String spaceKey) {
    return everything || editableSpaces.contains(spaceKey);
  }
}
