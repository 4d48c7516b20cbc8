package io.kbplatform.devtools;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real single-node Elasticsearch run from a distribution zip under a work directory, for
 * development and tests; it never outlives the JVM that started it.
 *
 * <pre>{@code
 * LocalElasticsearch es = LocalElasticsearch.builder()
 *     .distribution(LocalElasticsearch.mavenLocalDistribution("8.19.21"))
 *     .plugin(Path.of("search/analysis-plugin/target/kb-analysis-plugin-0.1.0-SNAPSHOT.zip"))
 *     .workDir(Path.of("target/es"))
 *     .httpPort(9250)
 *     .build();
 * es.start();          // or startAsync() ... awaitReady()
 * es.url();            // http://127.0.0.1:9250
 * es.kill();           // crash it; es.start() brings it back on the same data
 * es.stop();           // graceful
 * }</pre>
 */
public final class LocalElasticsearch implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final Duration STALE_NODE_WAIT = Duration.ofSeconds(30);
  private static final int TAIL_LINES = 60;

  private final Path distribution;
  private final List<Path> plugins;
  private final EsLayout layout;
  private final int httpPort;
  private final String heap;
  private final Duration startupTimeout;
  private final Map<String, String> settings;
  private final boolean consoleOutput;
  private final boolean stopOnJvmExit;
  private final Path javaHome;

  private final Object lock = new Object();
  private SupervisedProcess process; // guarded by lock
  private CompletableFuture<Void> startup; // guarded by lock
  private boolean stopRequested; // guarded by lock
  private boolean hookRegistered; // guarded by lock

  private LocalElasticsearch(Builder builder) {
    this.distribution = builder.distribution.toAbsolutePath().normalize();
    this.plugins = builder.plugins.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.layout = new EsLayout(builder.workDir);
    this.httpPort = builder.httpPort;
    this.heap = builder.heap;
    this.startupTimeout = builder.startupTimeout;
    this.settings = Map.copyOf(builder.settings);
    this.consoleOutput = builder.consoleOutput;
    this.stopOnJvmExit = builder.stopOnJvmExit;
    this.javaHome = builder.javaHome.toAbsolutePath().normalize();
  }

  /** Starts configuring a node. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Elasticsearch distribution zip in the local Maven repository ({@code maven.repo.local} or
   * {@code ~/.m2/repository}), as {@code
   * org.elasticsearch.distribution.integ-test-zip:elasticsearch}.
   */
  public static Path mavenLocalDistribution(String version) {
    String repository =
        System.getProperty(
            "maven.repo.local",
            Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
    return Path.of(repository, "org", "elasticsearch", "distribution", "integ-test-zip")
        .resolve(Path.of("elasticsearch", version, "elasticsearch-" + version + ".zip"));
  }

  /** The base URL, e.g. {@code http://127.0.0.1:9200}. */
  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  public int httpPort() {
    return httpPort;
  }

  public Path workDir() {
    return layout.work();
  }

  /** Where the node's stdout and stderr go. */
  public Path consoleLog() {
    return layout.consoleLog();
  }

  /** Starts the node and blocks until it is ready (cluster health at least yellow). */
  public void start() {
    startAsync();
    awaitReady();
  }

  /**
   * Prepares and launches the node in the background; {@link #awaitReady()} waits for it. Does
   * nothing if the node is already starting or running.
   */
  public void startAsync() {
    synchronized (lock) {
      if ((startup != null && !startup.isDone()) || (process != null && process.isAlive())) {
        return;
      }
      stopRequested = false;
      registerShutdownHook();
      CompletableFuture<Void> future = new CompletableFuture<>();
      startup = future;
      Thread starter =
          new Thread(
              () -> {
                try {
                  launchAndAwaitReady();
                  future.complete(null);
                } catch (Throwable e) {
                  future.completeExceptionally(e);
                }
              },
              "local-elasticsearch-" + httpPort + "-start");
      starter.setDaemon(true);
      starter.start();
    }
  }

  /** Blocks until the node started by {@link #startAsync()} is ready, or throws why it is not. */
  public void awaitReady() {
    CompletableFuture<Void> future;
    synchronized (lock) {
      future = startup;
    }
    if (future == null) {
      throw new IllegalStateException("Elasticsearch was not started");
    }
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LocalNodeException("Interrupted while waiting for Elasticsearch", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LocalNodeException failure) {
        throw new LocalNodeException(failure.getMessage(), failure);
      }
      throw new LocalNodeException("Elasticsearch did not start: " + cause, cause);
    }
  }

  /** Whether the node's process is alive (it may not be ready yet). */
  public boolean isRunning() {
    synchronized (lock) {
      return process != null && process.isAlive();
    }
  }

  /** The pid of the real Elasticsearch server process, if it runs. */
  public OptionalLong pid() {
    synchronized (lock) {
      return process == null ? OptionalLong.empty() : process.mainPid();
    }
  }

  /** Graceful stop: SIGTERM, up to 30 s, then SIGKILL. Idempotent; the data stays. */
  public void stop() {
    stopping().ifPresent(p -> p.terminate(STOP_GRACE));
  }

  /** Hard kill (SIGKILL), as in a crash. Idempotent; {@link #start()} recovers the same data. */
  public void kill() {
    stopping()
        .ifPresent(
            p -> {
              OptionalLong server = p.mainPid();
              p.kill();
              // The server attaches an agent to itself; a killed JVM leaves its attach socket
              // behind.
              server.ifPresent(pid -> deleteQuietly(Path.of("/tmp", ".java_pid" + pid)));
            });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // only tidying up
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  private Optional<SupervisedProcess> stopping() {
    synchronized (lock) {
      stopRequested = true;
      return Optional.ofNullable(process);
    }
  }

  private void registerShutdownHook() {
    if (stopOnJvmExit && !hookRegistered) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(this::stop, "local-elasticsearch-" + httpPort + "-stop"));
      hookRegistered = true;
    }
  }

  private void launchAndAwaitReady() throws IOException {
    EsUser user = EsUser.forCurrentProcess();
    new EsInstallation(layout, distribution, plugins, user, javaHome).prepare();
    awaitStaleNodeGone();
    if (HttpProbe.isListening("127.0.0.1", httpPort)) {
      throw new LocalNodeException(
          "Port "
              + httpPort
              + " on 127.0.0.1 is already in use (another Elasticsearch?); choose another port");
    }
    Files.deleteIfExists(layout.pidFile());
    long logOffset = LogTail.size(layout.consoleLog());
    Files.writeString(
        layout.consoleLog(),
        "==== kb-devtools: starting Elasticsearch at " + Instant.now() + " ====\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    ProcessBuilder builder =
        new ProcessBuilder(user.wrap(EsCommand.build(layout, javaHome, httpPort, heap, settings)))
            .directory(layout.home().toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(
                consoleOutput
                    ? ProcessBuilder.Redirect.PIPE
                    : ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
    SupervisedProcess launched;
    synchronized (lock) {
      if (stopRequested) {
        throw new LocalNodeException("Elasticsearch was stopped while it was being prepared");
      }
      launched = SupervisedProcess.start("Elasticsearch", builder, layout.pidFile(), STOP_GRACE);
      process = launched;
    }
    if (consoleOutput) {
      OutputTee.start(
          "local-elasticsearch-" + httpPort + "-output",
          launched.output(),
          layout.consoleLog(),
          System.out);
    }
    awaitReady(launched, logOffset);
  }

  private void awaitReady(SupervisedProcess launched, long logOffset) {
    URI health = URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s");
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    while (true) {
      if (!launched.isAlive()) {
        synchronized (lock) {
          if (stopRequested) {
            throw new LocalNodeException("Elasticsearch was stopped while it was starting");
          }
        }
        throw failure(
            "exited"
                + launched.exitCode().stream()
                    .mapToObj(c -> " with code " + c)
                    .findFirst()
                    .orElse("")
                + " before it was ready",
            logOffset);
      }
      if (HttpProbe.status(health, Duration.ofSeconds(5)) == 200) {
        return;
      }
      if (System.nanoTime() > deadline) {
        launched.terminate(Duration.ofSeconds(10));
        throw failure("was not ready within " + startupTimeout + " and was stopped", logOffset);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        launched.kill();
        throw new LocalNodeException("Interrupted while starting Elasticsearch", e);
      }
    }
  }

  private LocalNodeException failure(String what, long logOffset) {
    String tail = LogTail.lastLines(layout.consoleLog(), logOffset, TAIL_LINES);
    Path serverLog = layout.logs().resolve("elasticsearch.log");
    if (tail.lines().count() < 3) {
      tail = tail + "\n" + LogTail.lastLines(serverLog, 0, TAIL_LINES);
    }
    return new LocalNodeException(
        "Elasticsearch on port "
            + httpPort
            + " "
            + what
            + " (work dir "
            + layout.work()
            + "). Last lines of "
            + layout.consoleLog()
            + ":\n"
            + tail.strip());
  }

  /** Waits for a node left over by a JVM that was killed (its watchdog is stopping it). */
  private void awaitStaleNodeGone() {
    Optional<ProcessHandle> stale = staleNode();
    if (stale.isEmpty()) {
      return;
    }
    try {
      stale.get().onExit().get(STALE_NODE_WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new LocalNodeException(
          "An Elasticsearch process (pid "
              + stale.get().pid()
              + ") from an earlier run still uses "
              + layout.work()
              + "; stop it first");
    }
  }

  private Optional<ProcessHandle> staleNode() {
    try {
      if (!Files.isRegularFile(layout.pidFile())) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(layout.pidFile()).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(h -> h.info().command().map(c -> c.contains("java")).orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Configures a {@link LocalElasticsearch}; distribution and work dir are required. */
  public static final class Builder {

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]");

    private Path distribution;
    private final List<Path> plugins = new ArrayList<>();
    private Path workDir;
    private int httpPort = 9200;
    private String heap = "512m";
    private Duration startupTimeout = Duration.ofSeconds(120);
    private final Map<String, String> settings = new LinkedHashMap<>();
    private boolean consoleOutput;
    private boolean stopOnJvmExit = true;
    private Path javaHome = Path.of(System.getProperty("java.home"));

    private Builder() {}

    /** The Elasticsearch distribution zip (no bundled JDK needed). */
    public Builder distribution(Path zip) {
      this.distribution = Objects.requireNonNull(zip, "zip");
      return this;
    }

    /** A plugin zip to install (re-installed whenever the zip changes). */
    public Builder plugin(Path zip) {
      plugins.add(Objects.requireNonNull(zip, "zip"));
      return this;
    }

    /** Plugin zips to install, replacing any added before. */
    public Builder plugins(List<Path> zips) {
      plugins.clear();
      zips.forEach(this::plugin);
      return this;
    }

    /** Holds home, config, data, logs and tmp; data survives restarts. */
    public Builder workDir(Path dir) {
      this.workDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** HTTP port on 127.0.0.1 (default 9200). */
    public Builder httpPort(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("Invalid port: " + port);
      }
      this.httpPort = port;
      return this;
    }

    /** JVM heap, e.g. {@code 512m} (the default) or {@code 1g}; used for -Xms and -Xmx. */
    public Builder heap(String heap) {
      if (heap == null || !HEAP.matcher(heap).matches()) {
        throw new IllegalArgumentException("Invalid heap size (expected e.g. 512m): " + heap);
      }
      this.heap = heap;
      return this;
    }

    /** How long {@link LocalElasticsearch#start()} waits for readiness (default 120 s). */
    public Builder startupTimeout(Duration timeout) {
      this.startupTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** An extra node setting ({@code -E key=value}); overrides the defaults. */
    public Builder setting(String key, String value) {
      settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Also copy the node's output to this JVM's stdout (default: log file only). */
    public Builder consoleOutput(boolean enabled) {
      this.consoleOutput = enabled;
      return this;
    }

    /**
     * Whether a JVM shutdown hook stops the node (default true). The watchdog that covers a killed
     * JVM is always active.
     */
    public Builder stopOnJvmExit(boolean enabled) {
      this.stopOnJvmExit = enabled;
      return this;
    }

    /** The JDK Elasticsearch runs on ({@code ES_JAVA_HOME}); defaults to this JVM's. */
    public Builder javaHome(Path javaHome) {
      this.javaHome = Objects.requireNonNull(javaHome, "javaHome");
      return this;
    }

    public LocalElasticsearch build() {
      if (distribution == null) {
        throw new IllegalStateException("distribution(zip) is required");
      }
      if (workDir == null) {
        throw new IllegalStateException("workDir(dir) is required");
      }
      return new LocalElasticsearch(this);
    }
  }
}
