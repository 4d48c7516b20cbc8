package io.kbplatform.content.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.testing.InMemoryContent;
import io.kbplatform.content.user.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Groups carry access: who manages them, and how membership turns into what a user may do. */
class GroupServiceTest {

  private final InMemoryContent kb = new InMemoryContent();
  private final GroupService groups = kb.groupService;
  private final Actor erin = kb.user("erin", Role.AUTHOR);
  private final Space hr = kb.restrictedSpace("HR");

  @Test
  void only_administrators_manage_groups() {
    assertThrows(
        ForbiddenException.class, () -> groups.create(erin, new NewGroup("payroll", "薪资", null)));
    groups.create(kb.admin, new NewGroup("payroll", "薪资", null));

    assertThrows(ForbiddenException.class, () -> groups.addMember(erin, "payroll", "erin"));
    assertEquals(Set.of(), groups.get("payroll").members());
  }

  @Test
  void a_group_key_is_taken_once() {
    groups.create(kb.admin, new NewGroup("payroll", "薪资", null));

    assertThrows(
        ConflictException.class,
        () -> groups.create(kb.admin, new NewGroup("payroll", "again", null)));
  }

  @Test
  void a_member_is_kept_under_the_account_spelling_and_the_change_audited() {
    groups.create(kb.admin, new NewGroup("payroll", "薪资", null));

    groups.addMember(kb.admin, "payroll", "ERIN");

    assertEquals(Set.of("erin"), groups.get("payroll").members());
    assertEquals(Set.of("payroll"), groups.keysOf("erin"));
    assertEquals("erin", kb.audit.of(AuditAction.GROUP_MEMBER_ADDED).get(0).detail());
  }

  @Test
  void adding_someone_twice_records_one_membership() {
    groups.create(kb.admin, new NewGroup("payroll", "薪资", null));

    groups.addMember(kb.admin, "payroll", "erin");
    groups.addMember(kb.admin, "payroll", "erin");

    assertEquals(1, kb.audit.of(AuditAction.GROUP_MEMBER_ADDED).size());
  }

  @Test
  void an_unknown_user_or_group_is_not_found() {
    groups.create(kb.admin, new NewGroup("payroll", "薪资", null));

    assertThrows(NotFoundException.class, () -> groups.addMember(kb.admin, "payroll", "ghost"));
    assertThrows(NotFoundException.class, () -> groups.addMember(kb.admin, "nope", "erin"));
  }

  @Test
  void joining_a_group_gives_its_access_and_leaving_takes_it_away() {
    groups.create(kb.admin, new NewGroup("payroll", "薪资", null));
    kb.grant("HR", Principal.group("payroll"), AccessLevel.EDIT);

    groups.addMember(kb.admin, "payroll", "erin");
    assertEquals(Optional.of(AccessLevel.EDIT), kb.policy.levelIn(kb.actor("erin"), hr));

    groups.removeMember(kb.admin, "payroll", "Erin");
    assertFalse(kb.policy.canView(kb.actor("erin"), hr));
    assertEquals(List.of("erin"), detailsOf(AuditAction.GROUP_MEMBER_REMOVED));
  }

  private List<String> detailsOf(AuditAction action) {
    return kb.audit.of(action).stream().map(e -> e.detail()).toList();
  }
}
