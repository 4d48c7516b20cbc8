package io.kbplatform.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** A child process tree in its own session, guarded by a {@link Watchdog}. */
final class SupervisedProcess {

  private static final Duration KILL_WAIT = Duration.ofSeconds(10);
  private static final Optional<Path> SETSID = findOnPath("setsid");

  private final String name;
  private final Process process;
  private final Path pidFile;
  private final Process watchdog;
  private volatile ProcessHandle main; // cached: a handle notices pid reuse, a pid file does not

  private SupervisedProcess(String name, Process process, Path pidFile, Process watchdog) {
    this.name = name;
    this.process = process;
    this.pidFile = pidFile;
    this.watchdog = watchdog;
  }

  /**
   * Starts {@code builder}'s command, guarded against the death of this JVM.
   *
   * @param pidFile where the real server process writes its pid (signalled instead of the top
   *     process for a graceful stop), or null when the top process is the server
   * @param watchdogGrace how long the watchdog waits after SIGTERM before SIGKILL
   */
  static SupervisedProcess start(
      String name, ProcessBuilder builder, Path pidFile, Duration watchdogGrace)
      throws IOException {
    return start(name, builder, pidFile, watchdogGrace, ProcessHandle.current().pid());
  }

  /** As {@link #start(String, ProcessBuilder, Path, Duration)}, watching the given owner pid. */
  static SupervisedProcess start(
      String name, ProcessBuilder builder, Path pidFile, Duration watchdogGrace, long ownerPid)
      throws IOException {
    builder.command(inOwnSession(builder.command()));
    Process process = builder.start();
    Process watchdog;
    try {
      watchdog =
          Watchdog.start(ownerPid, process.pid(), SETSID.isPresent(), pidFile, watchdogGrace);
    } catch (IOException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw e;
    }
    return new SupervisedProcess(name, process, pidFile, watchdog);
  }

  /**
   * Prefixes {@code setsid} when available. A child of a JVM never leads a process group, so {@code
   * setsid} execs in place: the top pid is also the session and process group id.
   */
  static List<String> inOwnSession(List<String> command) {
    if (SETSID.isEmpty()) {
      return List.copyOf(command);
    }
    List<String> result = new ArrayList<>();
    result.add(SETSID.get().toString());
    result.addAll(command);
    return result;
  }

  long pid() {
    return process.pid();
  }

  /** Output of the top process (when redirected to a pipe). */
  InputStream output() {
    return process.getInputStream();
  }

  /** The real server pid from the pid file if it is alive, else the top pid if alive. */
  OptionalLong mainPid() {
    Optional<ProcessHandle> main = mainFromPidFile();
    if (main.isPresent()) {
      return OptionalLong.of(main.get().pid());
    }
    return process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
  }

  boolean isAlive() {
    return process.isAlive() || mainFromPidFile().isPresent();
  }

  /** The exit code of the top process, once it exited. */
  OptionalInt exitCode() {
    return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
  }

  /**
   * SIGTERM to the server process (or the whole tree if it has not written its pid yet), waits up
   * to {@code grace}, then SIGKILLs whatever is left. Idempotent. Returns true if it stopped in
   * time.
   */
  boolean terminate(Duration grace) {
    List<ProcessHandle> tree = tree();
    boolean graceful = true;
    if (tree.stream().anyMatch(ProcessHandle::isAlive)) {
      Optional<ProcessHandle> main = mainFromPidFile();
      if (main.isPresent()) {
        main.get().destroy();
      } else {
        tree.forEach(ProcessHandle::destroy);
      }
      graceful = awaitExit(tree, grace);
      if (!graceful) {
        System.err.println("[devtools] " + name + " did not stop within " + grace + "; killing it");
        killAll(tree);
      }
    }
    stopWatchdog();
    return graceful;
  }

  /** SIGKILL to the server process first (a crash), then to the rest of the tree. Idempotent. */
  void kill() {
    List<ProcessHandle> tree = tree();
    killAll(tree);
    stopWatchdog();
  }

  private void killAll(List<ProcessHandle> tree) {
    mainFromPidFile().ifPresent(ProcessHandle::destroyForcibly);
    tree.forEach(ProcessHandle::destroyForcibly);
    if (!awaitExit(tree, KILL_WAIT)) {
      throw new LocalNodeException("Could not kill " + name + " (pids " + pids(tree) + ")");
    }
  }

  /**
   * The server process, the top process and all descendants, taken before anything is signalled.
   */
  private List<ProcessHandle> tree() {
    List<ProcessHandle> tree = new ArrayList<>();
    mainFromPidFile().ifPresent(tree::add);
    tree.add(process.toHandle());
    try (Stream<ProcessHandle> descendants = process.descendants()) {
      descendants.filter(h -> !tree.contains(h)).forEach(tree::add);
    }
    return tree;
  }

  /**
   * The server process named in the pid file. The file is read only while the top process lives (so
   * it is this run's); the handle is then kept, as its pid may be reused once the server is gone.
   */
  private Optional<ProcessHandle> mainFromPidFile() {
    ProcessHandle known = main;
    if (known == null && pidFile != null && process.isAlive() && Files.isRegularFile(pidFile)) {
      try {
        known = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElse(null);
        main = known;
      } catch (IOException | NumberFormatException e) {
        return Optional.empty(); // being written right now
      }
    }
    return Optional.ofNullable(known).filter(ProcessHandle::isAlive);
  }

  private void stopWatchdog() {
    watchdog.destroyForcibly(); // it ignores SIGTERM on purpose
  }

  private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (handles.stream().anyMatch(ProcessHandle::isAlive)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private static String pids(List<ProcessHandle> handles) {
    return handles.stream()
        .map(h -> Long.toString(h.pid()))
        .reduce((a, b) -> a + "," + b)
        .orElse("");
  }

  private static Optional<Path> findOnPath(String executable) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    for (String dir : (path + ":/usr/bin:/bin").split(":")) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, executable);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
