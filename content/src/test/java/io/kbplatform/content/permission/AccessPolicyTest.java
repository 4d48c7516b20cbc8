package io.kbplatform.content.permission;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.user.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private final Space support = new Space("SUPPORT", "Support", null, "admin", NOW);
  private final Space open = new Space("OPEN", "Open", null, "admin", NOW);

  @Test
  void an_editor_may_not_hand_an_article_to_another_owner() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));
    Actor editor = author("erin", "team");

    assertThrows(
        ForbiddenException.class,
        () -> policy.requireOwnerChange(editor, article(support, "erin", "team"), "a1"));
  }

  @Test
  void a_publisher_may_hand_an_article_to_another_owner() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.PUBLISH));

    assertDoesNotThrow(
        () -> policy.requireOwnerChange(author("pat"), article(support, "pat", "team"), "a1"));
  }

  @Test
  void an_editor_may_move_an_article_between_categories_of_its_space() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));

    assertDoesNotThrow(
        () -> policy.requireMove(author("erin"), article(support, "erin"), support, "a1"));
  }

  @Test
  void an_editor_of_both_spaces_may_not_move_an_article_to_another_space() {
    AccessPolicy policy =
        policyWith(Map.of("SUPPORT", AccessLevel.EDIT, "OPEN", AccessLevel.ADMINISTER));

    assertThrows(
        ForbiddenException.class,
        () -> policy.requireMove(author("erin"), article(support, "erin"), open, "a1"));
  }

  @Test
  void a_publisher_of_the_article_needs_publish_in_the_target_space_too() {
    AccessPolicy policy =
        policyWith(Map.of("SUPPORT", AccessLevel.PUBLISH, "OPEN", AccessLevel.EDIT));

    assertThrows(
        ForbiddenException.class,
        () -> policy.requireMove(author("pat"), article(support, "pat"), open, "a1"));
  }

  @Test
  void a_publisher_of_both_spaces_may_move_an_article() {
    AccessPolicy policy =
        policyWith(Map.of("SUPPORT", AccessLevel.PUBLISH, "OPEN", AccessLevel.PUBLISH));

    assertDoesNotThrow(
        () -> policy.requireMove(author("pat"), article(support, "pat"), open, "a1"));
  }

  @Test
  void a_reader_does_not_see_drafts_and_an_editor_does() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));
    Securable published = article(support, "erin");

    assertFalse(policy.seesDrafts(agent("ann"), published));
    assertTrue(policy.seesDrafts(author("erin"), published));
  }

  @Test
  void an_agent_lists_only_as_a_reader_even_with_an_edit_grant() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));

    ListScope scope = policy.listScope(agent("ann"));

    assertEquals(Set.of("SUPPORT"), scope.readableSpaces());
    assertFalse(scope.editsIn("SUPPORT"));
  }

  @Test
  void an_author_lists_drafts_only_in_the_spaces_it_edits() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.EDIT, "OPEN", AccessLevel.VIEW));

    ListScope scope = policy.listScope(author("erin", "team"));

    assertEquals(Set.of("SUPPORT", "OPEN"), scope.readableSpaces());
    assertTrue(scope.editsIn("SUPPORT"));
    assertFalse(scope.editsIn("OPEN"));
    assertEquals(Set.of(), scope.administeredSpaces());
    assertEquals(Set.of("team"), scope.groups());
  }

  private static Actor author(String name, String... groups) {
    return new Actor(name, Set.of(Role.AUTHOR), Set.of(groups));
  }

  private static Actor agent(String name) {
    return new Actor(name, Set.of(Role.AGENT), Set.of());
  }

  private static Securable article(Space space, String owner, String... groups) {
    return new Securable() {
      @Override
      public Space space() {
        return space;
      }

      @Override
      public String owner() {
        return owner;
      }

      @Override
      public Set<String> restrictedTo() {
        return Set.of(groups);
      }

      @Override
      public boolean isPublished() {
        return true;
      }

      @Override
      public boolean isArchived() {
        return false;
      }
    };
  }

  /** A policy whose actors hold the given levels, whoever they are. */
  private static AccessPolicy policyWith(Map<String, AccessLevel> levels) {
    return new AccessPolicy(
        new SpaceGrantRepository() {
          @Override
          public List<Object[]> levelsFor(Actor actor) {
            List<Object[]> rows = new ArrayList<>();
            levels.forEach((space, level) -> rows.add(new Object[] {space, level}));
            return rows;
          }
        });
  }
}
