package io.kbplatform.devtools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The one-command local runtime: Elasticsearch (unless KB_ES_URL is set) and the app. */
public final class DevServer {

  private static final Duration NON_READY_BANNER_DELAY = Duration.ofSeconds(60);

  private final DevServerConfig config;
  private final PrintStream out;
  private final Path javaHome = Path.of(System.getProperty("java.home"));
  private volatile boolean shuttingDown;
  private boolean stopped; // guarded by this
  private volatile LocalElasticsearch elasticsearch;
  private volatile PayaraMicro payara;

  DevServer(DevServerConfig config, PrintStream out) {
    this.config = config;
    this.out = out;
  }

  /** Runs until Ctrl-C or SIGTERM; exits non-zero if Elasticsearch or Payara dies on its own. */
  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.println(DevServerConfig.usage());
      return;
    }
    DevServerConfig config;
    try {
      config = DevServerConfig.parse(List.of(args), System.getenv(), System.getProperties());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    DevServer server = new DevServer(config, System.out);
    int code = server.run();
    if (!server.shuttingDown) {
      System.exit(code);
    }
  }

  /** Starts both processes and watches them; returns the exit code to use. */
  int run() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "dev-server-shutdown"));
    stopWithParent();
    try {
      Files.createDirectories(config.dataDir());
      String esUrl = startElasticsearch();
      startPayara(esUrl);
      return watch(esUrl);
    } catch (RuntimeException | IOException e) {
      if (shuttingDown) {
        return 0;
      }
      System.err.println("[dev-server] " + e.getMessage());
      stopAll();
      return 1;
    }
  }

  /**
   * Exits (running the shutdown hook, which stops Payara and Elasticsearch) when the process that
   * started this one ends, e.g. Maven stopped by SIGTERM or killed: nothing outlives the command.
   */
  private void stopWithParent() {
    ProcessHandle.current()
        .parent()
        .ifPresent(
            parent ->
                parent
                    .onExit()
                    .thenRun(
                        () -> {
                          out.println("[dev-server] The launching process ended; stopping.");
                          System.exit(0);
                        }));
  }

  private String startElasticsearch() {
    if (config.esUrl() != null) {
      out.println("[dev-server] Using Elasticsearch at " + config.esUrl() + " (KB_ES_URL)");
      return config.esUrl();
    }
    LocalElasticsearch es =
        LocalElasticsearch.builder()
            .distribution(config.esDistribution())
            .plugins(config.plugins())
            .workDir(config.esWorkDir())
            .httpPort(config.esPort())
            .heap(config.esHeap())
            .stopOnJvmExit(false) // our own hook stops Payara first, then Elasticsearch
            .build();
    out.println(
        "[dev-server] Starting Elasticsearch on "
            + es.url()
            + " (data in "
            + es.workDir()
            + ", log "
            + es.consoleLog()
            + ")");
    synchronized (this) { // so that a concurrent shutdown either sees the node or prevents it
      if (shuttingDown) {
        throw new LocalNodeException("Shutting down");
      }
      elasticsearch = es;
      es.startAsync();
    }
    es.awaitReady();
    out.println("[dev-server] Elasticsearch is ready");
    return es.url();
  }

  private void startPayara(String esUrl) throws IOException {
    PayaraMicro server = config.payara(javaHome, esUrl);
    out.println("[dev-server] Starting Payara Micro on port " + config.httpPort());
    synchronized (this) {
      if (shuttingDown) {
        throw new LocalNodeException("Shutting down");
      }
      payara = server;
      server.start();
    }
    writePids();
  }

  /**
   * Writes the pids of the stack to {@code <data>/run/*.pid} for {@code scripts/stack-memory.sh}
   * ({@link StackMemory}): this JVM, the process that launched it (Maven, or nothing left with
   * {@code scripts/run.sh}, which execs this JVM), the app and Elasticsearch's launcher JVM.
   */
  private void writePids() throws IOException {
    Path run = config.dataDir().resolve("run");
    Files.createDirectories(run);
    ProcessHandle self = ProcessHandle.current();
    Files.writeString(run.resolve("dev-server.pid"), Long.toString(self.pid()));
    Files.deleteIfExists(run.resolve("launcher.pid"));
    Files.deleteIfExists(run.resolve("elasticsearch-launcher.pid"));
    self.parent()
        .filter(DevServer::isJava)
        .ifPresent(parent -> writePid(run.resolve("launcher.pid"), parent.pid()));
    payara.pid().ifPresent(pid -> writePid(run.resolve("app.pid"), pid));
    if (elasticsearch != null) {
      elasticsearch.pid().stream()
          .mapToObj(ProcessHandle::of)
          .flatMap(Optional::stream)
          .flatMap(server -> server.parent().stream())
          .filter(DevServer::isJava)
          .forEach(cli -> writePid(run.resolve("elasticsearch-launcher.pid"), cli.pid()));
    }
  }

  private static boolean isJava(ProcessHandle process) {
    return process.info().command().map(c -> c.endsWith("/java")).orElse(false);
  }

  private static void writePid(Path file, long pid) {
    try {
      Files.writeString(file, Long.toString(pid));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int watch(String esUrl) {
    URI ready = URI.create("http://127.0.0.1:" + config.httpPort() + "/health/ready");
    boolean announced = false;
    long firstAnswer = 0;
    while (true) {
      boolean payaraAlive = payara.isAlive();
      boolean esAlive = elasticsearch == null || elasticsearch.isRunning();
      if (shuttingDown) {
        return 0;
      }
      if (!payaraAlive) {
        int code = payara.exitCode().orElse(1);
        System.err.println("[dev-server] Payara Micro exited with code " + code);
        stopAll();
        return code == 0 ? 1 : code;
      }
      if (!esAlive) {
        System.err.println(
            "[dev-server] Elasticsearch stopped unexpectedly (see "
                + elasticsearch.consoleLog()
                + ")");
        stopAll();
        return 1;
      }
      if (!announced) {
        int status = HttpProbe.status(ready, Duration.ofSeconds(5));
        if (status > 0 && firstAnswer == 0) {
          firstAnswer = System.nanoTime();
        }
        if (status == 200
            || (status > 0 && System.nanoTime() - firstAnswer > NON_READY_BANNER_DELAY.toNanos())) {
          out.println(banner(esUrl, status));
          announced = true;
        }
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stopAll();
        return 1;
      }
    }
  }

  String banner(String esUrl, int readyStatus) {
    String line = "=".repeat(72);
    return String.join(
        "\n",
        line,
        " KB platform is running" + (readyStatus == 200 ? "" : " (not ready yet)"),
        "   App:            http://localhost:" + config.httpPort() + "/",
        "   Readiness:      http://localhost:"
            + config.httpPort()
            + "/health/ready (HTTP "
            + readyStatus
            + ")",
        "   Elasticsearch:  " + esUrl,
        "   Data directory: " + config.dataDir(),
        " Press Ctrl-C to stop.",
        line);
  }

  private void shutdown() {
    shuttingDown = true;
    stopAll();
  }

  /**
   * Stops Payara first (so the app can finish its work against Elasticsearch), then Elasticsearch.
   */
  private synchronized void stopAll() {
    if (stopped) {
      return;
    }
    stopped = true;
    out.println("[dev-server] Stopping...");
    if (payara != null) {
      payara.stop();
    }
    if (elasticsearch != null) {
      elasticsearch.stop();
    }
    out.println("[dev-server] Stopped");
  }
}
