package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisedProcessTest {

  private static final Duration GRACE = Duration.ofSeconds(2);

  @TempDir Path dir;
  private SupervisedProcess supervised;
  private Process owner;

  @AfterEach
  void cleanUp() {
    if (supervised != null) {
      supervised.kill();
    }
    if (owner != null) {
      owner.destroyForcibly();
    }
  }

  @Test
  void theWholeTreeDiesWhenTheOwnerIsKilled() throws Exception {
    owner = new ProcessBuilder("sleep", "300").start();
    supervised = start("sleep 300 & sleep 300 & wait", null, owner.pid());
    List<ProcessHandle> tree = treeOf(supervised, 2);

    owner.destroyForcibly(); // like kill -9 of the owning JVM

    assertTrue(awaitGone(tree, Duration.ofSeconds(10)), "still alive: " + tree);
  }

  @Test
  void terminateSignalsTheServerNamedInThePidFile() throws Exception {
    Path pidFile = dir.resolve("server.pid");
    supervised = start("sleep 300 & echo $! > " + pidFile + "; wait; exit 0", pidFile, self());
    awaitFile(pidFile);
    long server = Long.parseLong(Files.readString(pidFile).strip());

    assertEquals(OptionalLong.of(server), supervised.mainPid());
    assertTrue(supervised.terminate(Duration.ofSeconds(10)));
    assertFalse(supervised.isAlive());
    assertEquals(0, supervised.exitCode().getAsInt(), "the shell saw its server exit and ended");
  }

  @Test
  void terminateKillsWhatIgnoresSigterm() throws Exception {
    supervised = start("trap '' TERM; while true; do sleep 0.2; done", null, self());
    List<ProcessHandle> tree = treeOf(supervised, 1);

    assertFalse(supervised.terminate(Duration.ofSeconds(1)));
    assertTrue(awaitGone(tree, Duration.ofSeconds(10)));
  }

  @Test
  void killAndTerminateAreIdempotent() throws Exception {
    supervised = start("sleep 300", null, self());

    supervised.kill();
    supervised.kill();

    assertTrue(supervised.terminate(GRACE));
    assertFalse(supervised.isAlive());
    assertTrue(supervised.mainPid().isEmpty());
  }

  @Test
  void runsInItsOwnSession() {
    List<String> command = SupervisedProcess.inOwnSession(List.of("java", "-version"));

    assertTrue(command.get(0).endsWith("setsid"), command.toString());
    assertEquals(List.of("java", "-version"), command.subList(1, 3));
  }

  private SupervisedProcess start(String script, Path pidFile, long ownerPid) throws Exception {
    return SupervisedProcess.start(
        "test", new ProcessBuilder("sh", "-c", script), pidFile, GRACE, ownerPid);
  }

  private static long self() {
    return ProcessHandle.current().pid();
  }

  private static List<ProcessHandle> treeOf(SupervisedProcess process, int descendants)
      throws InterruptedException {
    ProcessHandle top = ProcessHandle.of(process.pid()).orElseThrow();
    for (int i = 0; i < 50 && top.descendants().count() < descendants; i++) {
      Thread.sleep(100);
    }
    List<ProcessHandle> tree = new java.util.ArrayList<>(top.descendants().toList());
    tree.add(top);
    assertEquals(descendants + 1, tree.size(), tree.toString());
    return tree;
  }

  private static boolean awaitGone(List<ProcessHandle> tree, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (tree.stream().anyMatch(ProcessHandle::isAlive)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  /**
   * Waits until the shell has written a whole line to the file (it exists before it is written).
   */
  private static void awaitFile(Path file) throws Exception {
    for (int i = 0; i < 100 && !hasLine(file); i++) {
      Thread.sleep(100);
    }
  }

  private static boolean hasLine(Path file) throws java.io.IOException {
    return Files.exists(file) && Files.readString(file).endsWith("\n");
  }
}
