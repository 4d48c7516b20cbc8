package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WatchdogTest {

  @Test
  void passesOwnerTopGroupPidFileAndGrace() {
    List<String> command =
        Watchdog.command(
            10, 20, true, Path.of("/w/logs/elasticsearch.pid"), Duration.ofSeconds(30));

    assertEquals(List.of("bash", "-c", Watchdog.SCRIPT, "kb-watchdog"), command.subList(0, 4));
    assertEquals(
        List.of("10", "20", "-20", "/w/logs/elasticsearch.pid", "30"),
        command.subList(4, command.size()));
    assertEquals(
        List.of("10", "20", "20", "", "30"),
        Watchdog.command(10, 20, false, null, Duration.ofSeconds(30)).subList(4, 9));
  }

  @Test
  void exitsByItselfOnceTheWatchedProcessIsGone() throws Exception {
    Process top = new ProcessBuilder("sleep", "1").start();

    Process watchdog =
        Watchdog.start(
            ProcessHandle.current().pid(), top.pid(), false, null, Duration.ofSeconds(5));

    try {
      assertTrue(watchdog.waitFor(10, TimeUnit.SECONDS), "watchdog still running");
      assertEquals(0, watchdog.exitValue());
    } finally {
      watchdog.destroyForcibly();
    }
  }
}
