package io.kbplatform.content.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.user.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void rolesCapWhatGrantsCanGive() {
    assertEquals(
        Optional.of(AccessLevel.VIEW),
        new Actor("a", Set.of(Role.AGENT, Role.LEARNER), Set.of()).ceiling());
    assertEquals(
        Optional.of(AccessLevel.ADMINISTER),
        new Actor("a", Set.of(Role.AGENT, Role.AUTHOR), Set.of()).ceiling());
    assertEquals(Optional.empty(), new Actor("a", Set.of(), Set.of()).ceiling());
    assertTrue(new Actor("a", Set.of(Role.ADMIN), Set.of()).isAdmin());
  }

  @Test
  void anActorActsAsEveryoneItselfAndItsGroups() {
    Actor amy = new Actor("amy", Set.of(Role.AGENT), Set.of("vip", "tier2"));

    assertEquals(
        List.of("everyone", "user:amy", "group:tier2", "group:vip"),
        amy.principals().stream().map(Principal::token).toList());
  }

  @Test
  void levelsIncludeTheLowerOnes() {
    assertTrue(AccessLevel.PUBLISH.includes(AccessLevel.EDIT));
    assertTrue(AccessLevel.EDIT.includes(AccessLevel.EDIT));
    assertEquals(false, AccessLevel.VIEW.includes(AccessLevel.EDIT));
  }
}
