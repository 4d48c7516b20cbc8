package io.kbplatform.devtools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One Payara Micro process serving a WAR at the root context, as the run command ({@link
 * DevServer}) and the integration tests' shared server start it. It runs in its own session under a
 * {@link Watchdog}, so that it never outlives the JVM that started it, even when that JVM is
 * killed.
 *
 * <pre>{@code
 * PayaraMicro app = PayaraMicro.builder().jar(jar).war(war).httpPort(PayaraMicro.freePort())
 *     .log(Path.of("target/payara.log")).build();
 * app.start();
 * app.awaitReady(Duration.ofMinutes(4)); // GET /health/ready answers 200
 * app.stop();
 * }</pre>
 */
public final class PayaraMicro implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final int TAIL_LINES = 80;

  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private final int httpPort;
  private SupervisedProcess process; // guarded by this

  private PayaraMicro(Builder builder) {
    this.command = builder.command();
    this.environment = Map.copyOf(builder.environment);
    this.log = builder.log;
    this.httpPort = builder.httpPort;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A TCP port nothing listens on right now (the kernel's pick), for a server of one's own. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  /** The command line this server runs. */
  public List<String> command() {
    return command;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + httpPort + "/");
  }

  public int httpPort() {
    return httpPort;
  }

  /** Launches the process (its environment: this JVM's plus the configured variables). */
  public synchronized void start() throws IOException {
    if (process != null) {
      throw new IllegalStateException("Payara Micro was started already");
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    if (log == null) {
      builder.inheritIO();
    } else {
      Files.createDirectories(log.toAbsolutePath().getParent());
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(environment);
    process = SupervisedProcess.start("Payara Micro", builder, null, STOP_GRACE);
  }

  /**
   * Blocks until {@code GET /health/ready} answers 200 (the app is deployed and its database and
   * Elasticsearch answer); throws with the end of the log if the process exits or time runs out.
   */
  public void awaitReady(Duration timeout) {
    URI ready = url().resolve("/health/ready");
    long deadline = System.nanoTime() + timeout.toNanos();
    int status = -1;
    while (System.nanoTime() < deadline) {
      if (!isAlive()) {
        throw failure("Payara Micro exited with code " + exitCode().orElse(-1) + " while starting");
      }
      status = HttpProbe.status(ready, Duration.ofSeconds(5));
      if (status == 200) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LocalNodeException("Interrupted while waiting for Payara Micro");
      }
    }
    throw failure("Payara Micro was not ready within " + timeout + " (last status " + status + ")");
  }

  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The server's pid while it runs. */
  public synchronized java.util.OptionalLong pid() {
    return process == null ? java.util.OptionalLong.empty() : process.mainPid();
  }

  /** The exit code, once the process exited. */
  public synchronized OptionalInt exitCode() {
    return process == null ? OptionalInt.empty() : process.exitCode();
  }

  /** SIGTERM, then SIGKILL to the whole tree after a grace period. Idempotent. */
  public synchronized void stop() {
    if (process != null) {
      process.terminate(STOP_GRACE);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private LocalNodeException failure(String what) {
    stop();
    String tail = log == null ? "" : LogTail.lastLines(log, 0, TAIL_LINES);
    return new LocalNodeException(tail.isEmpty() ? what : what + "; end of " + log + ":\n" + tail);
  }

  /** What to run: the jar, the WAR, the port and the options. */
  public static final class Builder {

    private Path javaHome = Path.of(System.getProperty("java.home"));
    private Path jar;
    private Path war;
    private int httpPort = 8080;
    private Path prebootCommands;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Path log;

    private Builder() {}

    public Builder javaHome(Path javaHome) {
      this.javaHome = javaHome;
      return this;
    }

    public Builder jar(Path jar) {
      this.jar = jar;
      return this;
    }

    /** A WAR file or an exploded WAR directory, served at {@code /}. */
    public Builder war(Path war) {
      this.war = war;
      return this;
    }

    public Builder httpPort(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("Invalid port " + port);
      }
      this.httpPort = port;
      return this;
    }

    /** The asadmin commands run before boot (the app's server settings); null for none. */
    public Builder prebootCommands(Path file) {
      this.prebootCommands = file;
      return this;
    }

    /** An option for the server's JVM, e.g. {@code -Xmx768m}. */
    public Builder jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    /** A variable added to the inherited environment (e.g. {@code KB_ES_URL}). */
    public Builder environment(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** Where the server's output goes; unset, it shares this JVM's console. */
    public Builder log(Path file) {
      this.log = file;
      return this;
    }

    public PayaraMicro build() {
      Objects.requireNonNull(jar, "jar");
      Objects.requireNonNull(war, "war");
      return new PayaraMicro(this);
    }

    /**
     * {@code <java> [options] -jar payara-micro.jar --deploy <war> --contextroot / --port <http>
     * --nocluster [--prebootcommandfile <file>]}: no clustering, since nothing here is a cluster.
     */
    List<String> command() {
      List<String> command = new ArrayList<>();
      command.add(javaHome.resolve("bin").resolve("java").toString());
      command.addAll(jvmOptions);
      command.addAll(
          List.of(
              "-jar",
              jar.toString(),
              "--deploy",
              war.toString(),
              "--contextroot",
              "/",
              "--port",
              Integer.toString(httpPort),
              "--nocluster"));
      if (prebootCommands != null) {
        command.add("--prebootcommandfile");
        command.add(prebootCommands.toString());
      }
      return List.copyOf(command);
    }
  }
}
