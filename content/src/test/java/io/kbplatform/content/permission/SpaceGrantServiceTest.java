package io.kbplatform.content.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.space.NewSpace;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceAccess;
import io.kbplatform.content.testing.InMemoryContent;
import io.kbplatform.content.user.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How grants on spaces resolve to what each user may do there, and who may change them: the grant
 * service, the space service and the access policy over in-memory grants.
 */
class SpaceGrantServiceTest {

  private final InMemoryContent kb = new InMemoryContent();
  private final SpaceGrantService grants = kb.grantService;
  private final AccessPolicy policy = kb.policy;

  @Test
  void a_new_space_lets_every_author_contribute_and_its_creator_administer_it() {
    Space cs = kb.spaceService.create(kb.admin, new NewSpace("CS", "客服", null, false));
    Actor erin = kb.user("erin", Role.AUTHOR);
    Actor ann = kb.user("ann", Role.AGENT);

    assertEquals(
        Map.of("everyone", AccessLevel.EDIT, "user:admin", AccessLevel.ADMINISTER), levels("CS"));
    assertEquals(Optional.of(AccessLevel.EDIT), policy.levelIn(erin, cs));
    assertEquals(Optional.of(AccessLevel.VIEW), policy.levelIn(ann, cs), "agents only read");
    assertEquals(1, kb.audit.of(AuditAction.SPACE_CREATED).size());
  }

  @Test
  void a_restricted_space_is_invisible_until_a_grant_opens_it() {
    Space hr = kb.restrictedSpace("HR");
    Actor erin = kb.user("erin", Role.AUTHOR);

    assertEquals(Map.of("user:admin", AccessLevel.ADMINISTER), levels("HR"));
    assertThrows(NotFoundException.class, () -> kb.spaceService.get(erin, "HR"));
    assertEquals(List.of(), kb.spaceService.list(erin));

    kb.grant("HR", Principal.user("erin"), AccessLevel.VIEW);

    assertEquals(hr.id(), kb.spaceService.get(erin, "HR").id());
  }

  @Test
  void a_grant_to_a_group_reaches_its_members_only() {
    Space hr = kb.restrictedSpace("HR");
    kb.group("payroll", "paula");
    Actor paula = kb.user("paula", Role.AUTHOR);
    Actor erin = kb.user("erin", Role.AUTHOR);

    kb.grant("HR", Principal.group("payroll"), AccessLevel.EDIT);

    assertEquals(Optional.of(AccessLevel.EDIT), policy.levelIn(paula, hr));
    assertFalse(policy.canView(erin, hr));
  }

  @Test
  void a_grant_to_one_user_reaches_no_one_else() {
    Space hr = kb.restrictedSpace("HR");
    Actor erin = kb.user("erin", Role.AUTHOR);
    Actor pat = kb.user("pat", Role.AUTHOR);

    kb.grant("HR", Principal.user("erin"), AccessLevel.PUBLISH);

    assertEquals(Optional.of(AccessLevel.PUBLISH), policy.levelIn(erin, hr));
    assertEquals(Optional.empty(), policy.levelIn(pat, hr));
  }

  @Test
  void the_best_of_several_grants_counts() {
    Space hr = kb.restrictedSpace("HR");
    kb.group("payroll", "paula");
    Actor paula = kb.user("paula", Role.AUTHOR);

    kb.grant("HR", Principal.EVERYONE, AccessLevel.VIEW);
    kb.grant("HR", Principal.group("payroll"), AccessLevel.PUBLISH);
    kb.grant("HR", Principal.user("paula"), AccessLevel.EDIT);

    assertEquals(Optional.of(AccessLevel.PUBLISH), policy.levelIn(paula, hr));
  }

  @Test
  void an_agent_only_reads_whatever_it_is_granted() {
    Space hr = kb.restrictedSpace("HR");
    Actor ann = kb.user("ann", Role.AGENT);

    kb.grant("HR", Principal.user("ann"), AccessLevel.ADMINISTER);

    assertEquals(Optional.of(AccessLevel.VIEW), policy.levelIn(ann, hr));
    assertThrows(ForbiddenException.class, () -> grants.list(ann, "HR"));
  }

  @Test
  void a_user_without_roles_sees_no_space_even_where_everyone_may_read() {
    Space hr = kb.restrictedSpace("HR");
    Actor nobody = kb.user("nobody");

    kb.grant("HR", Principal.EVERYONE, AccessLevel.VIEW);

    assertFalse(policy.canView(nobody, hr));
    assertTrue(policy.readScope(nobody).nothing());
  }

  @Test
  void granting_again_replaces_the_level_and_is_audited() {
    kb.restrictedSpace("HR");
    kb.user("erin", Role.AUTHOR);

    kb.grant("HR", Principal.user("erin"), AccessLevel.PUBLISH);
    kb.grant("HR", Principal.user("erin"), AccessLevel.VIEW);

    assertEquals(AccessLevel.VIEW, levels("HR").get("user:erin"));
    assertEquals(2, grants.list(kb.admin, "HR").size());
    assertEquals(
        List.of("user:erin = PUBLISH", "user:erin = VIEW"),
        kb.audit.of(AuditAction.GRANT_CHANGED).stream()
            .map(e -> e.detail())
            .filter(d -> d.startsWith("user:erin"))
            .toList());
  }

  @Test
  void a_grant_to_a_user_is_stored_under_the_account_spelling() {
    kb.restrictedSpace("HR");
    Actor erin = kb.user("erin", Role.AUTHOR);

    SpaceGrant grant = grants.grant(kb.admin, "HR", Principal.user("ERIN"), AccessLevel.EDIT);

    assertEquals("user:erin", grant.principal().token());
    assertTrue(policy.canView(erin, kb.spaceService.get("HR")));
  }

  @Test
  void granting_to_an_unknown_user_or_group_is_not_found() {
    kb.restrictedSpace("HR");

    assertThrows(
        NotFoundException.class,
        () -> grants.grant(kb.admin, "HR", Principal.user("ghost"), AccessLevel.VIEW));
    assertThrows(
        NotFoundException.class,
        () -> grants.grant(kb.admin, "HR", Principal.group("ghosts"), AccessLevel.VIEW));
    assertEquals(1, grants.list(kb.admin, "HR").size());
  }

  @Test
  void granting_in_an_unknown_space_is_not_found() {
    kb.user("erin", Role.AUTHOR);

    assertThrows(
        NotFoundException.class,
        () -> grants.grant(kb.admin, "NOPE", Principal.user("erin"), AccessLevel.VIEW));
  }

  @Test
  void only_administrators_of_a_space_manage_its_grants() {
    kb.restrictedSpace("HR");
    Actor pat = kb.user("pat", Role.AUTHOR);
    Actor olga = kb.user("olga", Role.AUTHOR);
    Actor erin = kb.user("erin", Role.AUTHOR);
    kb.grant("HR", Principal.user("pat"), AccessLevel.PUBLISH);
    kb.grant("HR", Principal.user("olga"), AccessLevel.ADMINISTER);

    assertThrows(
        ForbiddenException.class,
        () -> grants.grant(pat, "HR", Principal.user("erin"), AccessLevel.EDIT));
    assertThrows(
        NotFoundException.class,
        () -> grants.grant(erin, "HR", Principal.user("erin"), AccessLevel.EDIT),
        "a space it cannot see does not exist for it");

    grants.grant(olga, "HR", Principal.user("erin"), AccessLevel.EDIT);
    assertEquals(AccessLevel.EDIT, levels("HR").get("user:erin"));
  }

  @Test
  void revoking_a_grant_takes_the_access_away_and_is_announced() {
    Space hr = kb.restrictedSpace("HR");
    Actor erin = kb.user("erin", Role.AUTHOR);
    kb.grant("HR", Principal.user("erin"), AccessLevel.EDIT);
    int announced = kb.accessChanged.fired().size();

    grants.revoke(kb.admin, "HR", Principal.user("Erin"));

    assertFalse(policy.canView(erin, hr));
    assertEquals("user:erin", kb.audit.of(AuditAction.GRANT_REVOKED).get(0).detail());
    assertEquals(
        List.of(new SpaceAccessChanged("HR")),
        kb.accessChanged.fired().subList(announced, kb.accessChanged.fired().size()));
  }

  @Test
  void revoking_a_grant_that_does_not_exist_is_not_found() {
    kb.restrictedSpace("HR");
    kb.user("erin", Role.AUTHOR);

    assertThrows(
        NotFoundException.class, () -> grants.revoke(kb.admin, "HR", Principal.user("erin")));
  }

  @Test
  void a_publisher_may_not_revoke_grants() {
    kb.restrictedSpace("HR");
    Actor pat = kb.user("pat", Role.AUTHOR);
    kb.user("erin", Role.AUTHOR);
    kb.grant("HR", Principal.user("pat"), AccessLevel.PUBLISH);
    kb.grant("HR", Principal.user("erin"), AccessLevel.EDIT);

    assertThrows(ForbiddenException.class, () -> grants.revoke(pat, "HR", Principal.user("erin")));
    assertEquals(AccessLevel.EDIT, levels("HR").get("user:erin"));
  }

  @Test
  void the_readers_of_a_space_are_every_principal_with_a_grant_there() {
    Space hr = kb.restrictedSpace("HR");
    kb.group("payroll");
    kb.grant("HR", Principal.group("payroll"), AccessLevel.VIEW);

    assertEquals(Set.of("group:payroll", "user:admin"), grants.readerTokens(hr));
  }

  @Test
  void a_user_sees_each_space_it_may_read_with_its_level_there() {
    kb.restrictedSpace("HR");
    kb.restrictedSpace("CS");
    kb.restrictedSpace("IT");
    Actor erin = kb.user("erin", Role.AUTHOR);
    kb.grant("HR", Principal.user("erin"), AccessLevel.VIEW);
    kb.grant("CS", Principal.user("erin"), AccessLevel.PUBLISH);

    Map<String, AccessLevel> access =
        kb.spaceService.access(erin).stream()
            .collect(Collectors.toMap(a -> a.space().key(), SpaceAccess::level));

    assertEquals(Map.of("HR", AccessLevel.VIEW, "CS", AccessLevel.PUBLISH), access);
  }

  @Test
  void only_administrators_create_spaces() {
    Actor olga = kb.user("olga", Role.AUTHOR);

    assertThrows(
        ForbiddenException.class,
        () -> kb.spaceService.create(olga, new NewSpace("HR", "人事", null, false)));
    assertEquals(List.of(), kb.spaces.findAll());
  }

  @Test
  void a_space_key_is_taken_once() {
    kb.restrictedSpace("HR");

    assertThrows(
        ConflictException.class,
        () -> kb.spaceService.create(kb.admin, new NewSpace("HR", "again", null, false)));
  }

  /** The space's grants as token → level. */
  private Map<String, AccessLevel> levels(String spaceKey) {
    return grants.list(kb.admin, spaceKey).stream()
        .collect(Collectors.toMap(g -> g.principal().token(), SpaceGrant::level));
  }
}
