package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EsUserTest {

  @Test
  void theCurrentUserRunsCommandsAsTheyAre() {
    EsUser user = EsUser.current();

    assertFalse(user.isDedicated());
    assertEquals(
        List.of("bin/elasticsearch", "-p", "x"),
        user.wrap(List.of("bin/elasticsearch", "-p", "x")));
  }

  @Test
  void theDedicatedUserRunsCommandsThroughRunuserAndOwnsWritableDirectories() {
    EsUser user = EsUser.dedicated("kb-es");

    assertTrue(user.isDedicated());
    assertEquals(List.of("runuser", "-u", "kb-es", "--", "id"), user.wrap(List.of("id")));
    assertEquals(
        List.of("chown", "-R", "kb-es:", "/w/data", "/w/logs"),
        user.chownCommand(List.of(Path.of("/w/data"), Path.of("/w/logs"))));
  }

  @Test
  void accessIsCheckedFromTheRootDownOncePerDirectory() {
    assertEquals(
        List.of(
            Path.of("/"),
            Path.of("/srv"),
            Path.of("/srv/kb"),
            Path.of("/srv/kb/es"),
            Path.of("/srv/kb/home"),
            Path.of("/srv/kb/home/bin")),
        EsUser.pathsToCheck(List.of(Path.of("/srv/kb/es"), Path.of("/srv/kb/home/bin"))));
  }

  @Test
  void theCurrentUserNeedsNoAccessCheckOrOwnershipChange() {
    EsUser.current().checkAccess(List.of(Path.of("/definitely/not/there")));
    EsUser.current().takeOwnership(List.of(Path.of("/definitely/not/there")));
  }
}
