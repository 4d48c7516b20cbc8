package io.kbplatform.bench.runtime;

import io.kbplatform.devtools.LocalElasticsearch;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Elasticsearch (with our analysis plugin, through the devtools module) and the app on Payara
 * Micro, started the way {@code mvn -Prun verify} does but with explicit heaps, and stopped, by
 * pid, when closed or when this JVM exits. Each pid is also written to {@code <work>/pids/} so that
 * the calling script can kill what is left if this JVM itself is killed.
 */
public final class BenchServices implements AutoCloseable {

  /** Where things are and how big the heaps are. */
  public record Settings(
      Path esDistribution,
      Path plugin,
      Path payaraJar,
      Path war,
      Path work,
      int esPort,
      int appPort,
      String esHeap,
      String appHeap,
      List<String> appJvmOptions,
      String dbUrl,
      String dbUser,
      String dbPassword,
      String adminPassword,
      Map<String, String> appEnvironment) {}

  private final Settings settings;
  private LocalElasticsearch elasticsearch;
  private Process payara;
  private final Thread hook = new Thread(this::stopQuietly, "bench-services-stop");

  public BenchServices(Settings settings) {
    this.settings = settings;
  }

  public String esUrl() {
    return "http://127.0.0.1:" + settings.esPort();
  }

  public String appUrl() {
    return "http://127.0.0.1:" + settings.appPort();
  }

  public OptionalLong esPid() {
    return elasticsearch == null ? OptionalLong.empty() : elasticsearch.pid();
  }

  public long appPid() {
    return payara.pid();
  }

  /**
   * The processes of the stack by role: the app, Elasticsearch and the launcher JVM that
   * Elasticsearch's start script leaves running as its parent (children are found by the sampler).
   */
  public Map<String, Long> stackPids() {
    Map<String, Long> pids = new java.util.LinkedHashMap<>();
    pids.put("app", payara.pid());
    esPid()
        .ifPresent(
            pid -> {
              pids.put("elasticsearch", pid);
              ProcessHandle.of(pid)
                  .flatMap(ProcessHandle::parent)
                  .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                  .ifPresent(p -> pids.put("elasticsearch-launcher", p.pid()));
            });
    return pids;
  }

  public Path appLog() {
    return settings.work().resolve("payara.log");
  }

  /**
   * Whether the app's embedding model has loaded ({@code /health/ready}, check {@code
   * semantic-retrieval}).
   */
  public boolean semanticReady() throws IOException, InterruptedException {
    Http.Answer answer = new Http(appUrl(), null, null).get("/health/ready");
    for (var check : answer.json().path("checks")) {
      if (check.path("name").asText().equals("semantic-retrieval")) {
        return check.path("data").path("state").asText().equalsIgnoreCase("ready");
      }
    }
    return false;
  }

  /** Waits until {@link #semanticReady()}. */
  public void awaitSemantic(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!semanticReady()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("The app's embedding model did not load within " + timeout);
      }
      Thread.sleep(500);
    }
  }

  /** Starts Elasticsearch on an empty data directory, then the app; returns when both are ready. */
  public void start() throws IOException, InterruptedException {
    start(esUrl());
  }

  /**
   * As {@link #start()}, with the app talking to Elasticsearch at {@code appElasticsearchUrl} (e.g.
   * a capturing proxy).
   */
  public void start(String appElasticsearchUrl) throws IOException, InterruptedException {
    Runtime.getRuntime().addShutdownHook(hook);
    Path esWork = settings.work().resolve("elasticsearch");
    deleteTree(esWork.resolve("data"));
    Files.createDirectories(settings.work().resolve("pids"));
    elasticsearch =
        LocalElasticsearch.builder()
            .distribution(settings.esDistribution())
            .plugin(settings.plugin())
            .workDir(esWork)
            .httpPort(settings.esPort())
            .heap(settings.esHeap())
            .startupTimeout(Duration.ofMinutes(3))
            .build();
    elasticsearch.start();
    writePid("elasticsearch", elasticsearch.pid());
    Path data = settings.work().resolve("app-data");
    deleteTree(data);
    Files.createDirectories(data);
    startPayara(appElasticsearchUrl);
  }

  /**
   * Stops the app and starts it again (same database and data directory) talking to Elasticsearch
   * at {@code elasticsearchUrl}, e.g. through a capturing proxy; returns when it is ready.
   */
  public void restartApp(String elasticsearchUrl) throws IOException, InterruptedException {
    stopPayara();
    startPayara(elasticsearchUrl);
  }

  private void startPayara(String elasticsearchUrl) throws IOException, InterruptedException {
    Path data = settings.work().resolve("app-data");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(settings.appJvmOptions());
    command.add("-Djava.io.tmpdir=" + settings.work().resolve("tmp"));
    command.addAll(
        List.of(
            "-jar",
            settings.payaraJar().toString(),
            "--deploy",
            settings.war().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(settings.appPort()),
            "--nocluster"));
    Files.createDirectories(settings.work().resolve("tmp"));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(appLog().toFile());
    Map<String, String> env = builder.environment();
    env.put("KB_ES_URL", elasticsearchUrl);
    env.putAll(io.kbplatform.devtools.MemorySettings.APP_ENVIRONMENT);
    env.put("KB_DATA_DIR", data.toString());
    env.put("KB_DB_URL", settings.dbUrl());
    env.put("KB_DB_USER", settings.dbUser());
    env.put("KB_DB_PASSWORD", settings.dbPassword());
    env.put("KB_ADMIN_PASSWORD", settings.adminPassword());
    env.putAll(settings.appEnvironment());
    payara = builder.start();
    writePid("payara", OptionalLong.of(payara.pid()));
    awaitReady(Duration.ofMinutes(10));
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    Http http = new Http(appUrl(), null, null);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!payara.isAlive()) {
        throw new IOException("Payara exited with " + payara.exitValue() + "; see " + appLog());
      }
      try {
        if (http.get("/health/ready").status() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IOException("The app was not ready within " + timeout + "; see " + appLog());
  }

  private void writePid(String name, OptionalLong pid) throws IOException {
    if (pid.isPresent()) {
      Files.writeString(
          settings.work().resolve("pids").resolve(name + ".pid"), Long.toString(pid.getAsLong()));
    }
  }

  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
  }

  private synchronized void stopQuietly() {
    stopPayara();
    if (elasticsearch != null) {
      elasticsearch.stop();
    }
  }

  private synchronized void stopPayara() {
    if (payara != null && payara.isAlive()) {
      payara.destroy();
      try {
        if (!payara.waitFor(30, TimeUnit.SECONDS)) {
          payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        payara.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
