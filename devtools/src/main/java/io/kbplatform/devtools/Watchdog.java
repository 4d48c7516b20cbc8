package io.kbplatform.devtools;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A detached shell loop that stops a process tree once the owning JVM is gone. */
final class Watchdog {

  /**
   * Arguments: owner pid, top pid, kill target (the negated top pid when it leads its own process
   * group), pid file of the real server process (may be empty), grace seconds.
   */
  static final String SCRIPT =
      """
      trap '' INT HUP TERM
      owner=$1 top=$2 target=$3 pidfile=$4 grace=$5
      while kill -0 "$owner" 2>/dev/null; do
        kill -0 "$top" 2>/dev/null || exit 0
        sleep 1
      done
      main=""
      if [ -n "$pidfile" ] && [ -s "$pidfile" ]; then main=$(cat "$pidfile"); fi
      if [ -n "$main" ]; then kill -s TERM "$main" 2>/dev/null; else kill -s TERM -- $target 2>/dev/null; fi
      i=0
      while [ "$i" -lt "$grace" ]; do
        alive=0
        kill -0 "$top" 2>/dev/null && alive=1
        [ -n "$main" ] && kill -0 "$main" 2>/dev/null && alive=1
        [ "$alive" = 0 ] && exit 0
        sleep 1
        i=$((i+1))
      done
      kill -s KILL -- $target 2>/dev/null
      [ -n "$main" ] && kill -s KILL "$main" 2>/dev/null
      exit 0
      """;

  private Watchdog() {}

  /** The watchdog command line. */
  static List<String> command(
      long ownerPid, long topPid, boolean ownProcessGroup, Path pidFile, Duration grace) {
    return List.of(
        "bash",
        "-c",
        SCRIPT,
        "kb-watchdog",
        Long.toString(ownerPid),
        Long.toString(topPid),
        ownProcessGroup ? "-" + topPid : Long.toString(topPid),
        pidFile == null ? "" : pidFile.toString(),
        Long.toString(Math.max(1, grace.toSeconds())));
  }

  /** Starts the watchdog with no I/O attached to this JVM. */
  static Process start(
      long ownerPid, long topPid, boolean ownProcessGroup, Path pidFile, Duration grace)
      throws IOException {
    return new ProcessBuilder(command(ownerPid, topPid, ownProcessGroup, pidFile, grace))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
