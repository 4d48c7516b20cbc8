package io.kbplatform.devtools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a short-lived external command and captures its combined output. */
final class CommandRunner {

  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

  /** Exit code and combined stdout/stderr of a finished command. */
  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  private CommandRunner() {}

  static Result run(List<String> command) {
    return run(command, Map.of(), DEFAULT_TIMEOUT);
  }

  /** Runs the command with extra environment variables; fails only if it cannot run at all. */
  static Result run(List<String> command, Map<String, String> environment, Duration timeout) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new LocalNodeException("Cannot run " + String.join(" ", command), e);
    }
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                return "(output unreadable: " + e + ")";
              }
            });
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new LocalNodeException(
            "Timed out after " + timeout + " running " + String.join(" ", command));
      }
      return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new LocalNodeException("Interrupted running " + String.join(" ", command), e);
    } catch (ExecutionException | TimeoutException e) {
      return new Result(process.exitValue(), "(output unavailable: " + e + ")");
    }
  }

  /** Runs the command and throws, with its output, unless it exits with 0. */
  static String runOrThrow(
      String what, List<String> command, Map<String, String> environment, Duration timeout) {
    Result result = run(command, environment, timeout);
    if (!result.succeeded()) {
      throw new LocalNodeException(
          what
              + " failed (exit code "
              + result.exitCode()
              + "): "
              + String.join(" ", command)
              + "\n"
              + result.output().strip());
    }
    return result.output();
  }
}
