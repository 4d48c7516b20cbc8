package io.kbplatform.content.permission;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.user.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  @Test
  void an_administrator_administers_every_space_without_a_grant() {
    AccessPolicy policy = policyWith(Map.of());

    assertEquals(Optional.of(AccessLevel.ADMINISTER), policy.levelIn(admin(), support));
    assertDoesNotThrow(() -> policy.require(admin(), support, AccessLevel.ADMINISTER));
  }

  @Test
  void a_space_the_actor_has_no_grant_in_is_not_found_rather_than_forbidden() {
    AccessPolicy policy = policyWith(Map.of("OPEN", AccessLevel.PUBLISH));

    assertFalse(policy.canView(author("erin"), support));
    assertThrows(
        NotFoundException.class, () -> policy.require(author("erin"), support, AccessLevel.VIEW));
  }

  @Test
  void a_reader_who_asks_to_change_a_space_is_told_the_level_it_lacks() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.VIEW));

    ForbiddenException e =
        assertThrows(
            ForbiddenException.class,
            () -> policy.require(author("erin"), support, AccessLevel.EDIT));
    assertEquals("You need edit access to space 'SUPPORT'.", e.getMessage());
  }

  @Test
  void a_reader_does_not_find_an_article_that_was_never_published_and_an_editor_does() {
    AccessPolicy readers = policyWith(Map.of("SUPPORT", AccessLevel.VIEW));
    AccessPolicy editors = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));
    Securable draft = article(support, "erin", false, false);

    assertFalse(readers.canView(author("ann"), draft));
    assertThrows(
        NotFoundException.class,
        () -> readers.require(author("ann"), draft, AccessLevel.VIEW, "a1"));
    assertTrue(editors.canView(author("erin"), draft));
  }

  @Test
  void a_reader_does_not_find_an_archived_article_and_an_editor_still_does() {
    AccessPolicy readers = policyWith(Map.of("SUPPORT", AccessLevel.VIEW));
    AccessPolicy editors = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));
    Securable archived = article(support, "erin", true, true);

    assertFalse(readers.canView(agent("ann"), archived));
    assertTrue(editors.canView(author("erin"), archived));
  }

  @Test
  void a_reader_who_asks_to_change_an_article_is_forbidden() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.VIEW));

    ForbiddenException e =
        assertThrows(
            ForbiddenException.class,
            () -> policy.require(agent("ann"), article(support, "erin"), AccessLevel.EDIT, "a1"));
    assertEquals("You need edit access to this article.", e.getMessage());
  }

  @Test
  void a_restricted_article_is_read_by_members_of_its_groups_only() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.VIEW));
    Securable vipOnly = article(support, "erin", "vip");

    assertTrue(policy.canView(author("vic", "vip"), vipOnly));
    assertFalse(policy.canView(author("ann", "team"), vipOnly));
    assertThrows(
        NotFoundException.class,
        () -> policy.require(author("ann", "team"), vipOnly, AccessLevel.VIEW, "a1"));
  }

  @Test
  void the_owner_of_a_restricted_article_always_reads_it() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));

    assertTrue(policy.canView(author("erin"), article(support, "erin", "vip")));
  }

  @Test
  void a_space_administrator_reads_every_restricted_article_of_the_space() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.ADMINISTER));

    assertTrue(policy.canView(author("olga"), article(support, "erin", "vip")));
    assertTrue(policy.can(author("olga"), article(support, "erin", "vip"), AccessLevel.PUBLISH));
  }

  @Test
  void a_publisher_outside_the_groups_does_not_see_a_restricted_article() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.PUBLISH));

    assertFalse(policy.canView(author("pat"), article(support, "erin", "vip")));
    assertFalse(policy.can(author("pat"), article(support, "erin", "vip"), AccessLevel.VIEW));
  }

  @Test
  void an_administrator_finds_everything_in_search_and_a_user_without_roles_nothing() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.VIEW));

    assertTrue(policy.readScope(admin()).everything());
    assertTrue(policy.readScope(new Actor("nobody", Set.of(), Set.of())).nothing());
  }

  @Test
  void an_author_finds_in_search_what_its_principals_read_and_archived_articles_where_it_edits() {
    AccessPolicy policy =
        policyWith(Map.of("SUPPORT", AccessLevel.EDIT, "OPEN", AccessLevel.ADMINISTER));

    ReadScope scope = policy.readScope(author("erin", "team"));

    assertFalse(scope.everything());
    assertEquals(Set.of("everyone", "user:erin", "group:team"), scope.principals());
    assertEquals(Set.of("SUPPORT", "OPEN"), scope.editableSpaces());
    assertEquals(Set.of("OPEN"), scope.administeredSpaces());
  }

  @Test
  void an_agent_finds_in_search_no_archived_articles_even_with_an_edit_grant() {
    AccessPolicy policy = policyWith(Map.of("SUPPORT", AccessLevel.EDIT));

    ReadScope scope = policy.readScope(agent("ann"));

    assertEquals(Set.of(), scope.editableSpaces());
    assertEquals(Set.of("everyone", "user:ann"), scope.principals());
  }

  @Test
  void an_administrator_lists_every_article_including_drafts() {
    ListScope scope = policyWith(Map.of()).listScope(admin());

    assertTrue(scope.everything());
    assertTrue(scope.editsIn("ANY"));
  }

  private static Actor admin() {
    return new Actor("root", Set.of(Role.ADMIN), Set.of());
  }

  private static Actor author(String name, String... groups) {
    return new Actor(name, Set.of(Role.AUTHOR), Set.of(groups));
  }

  private static Actor agent(String name) {
    return new Actor(name, Set.of(Role.AGENT), Set.of());
  }

  private static Securable article(Space space, String owner, String... groups) {
    return article(space, owner, true, false, groups);
  }

  private static Securable article(
      Space space, String owner, boolean published, boolean archived, String... groups) {
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
        return published;
      }

      @Override
      public boolean isArchived() {
        return archived;
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
