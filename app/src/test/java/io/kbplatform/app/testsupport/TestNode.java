package io.kbplatform.app.testsupport;

import io.kbplatform.devtools.LocalElasticsearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The single real Elasticsearch node of an integration-test run, with the project's analysis plugin
 * installed, on the port failsafe reserved ({@code kb.test.es.port}) and that the app under test
 * reaches through {@code KB_ES_URL}. It starts in the background as the run begins, while Payara
 * boots, and stops when the run ends.
 */
public final class TestNode {

  private static LocalElasticsearch node;

  private TestNode() {}

  /** Whether this JVM runs the integration tests (failsafe sets the port). */
  static boolean configured() {
    return System.getProperty("kb.test.es.port") != null;
  }

  static synchronized void startInBackground() {
    if (node == null) {
      Path workDir = Path.of(required("kb.test.es.workdir"));
      deleteRecursively(workDir.resolve("data"));
      node =
          LocalElasticsearch.builder()
              .distribution(Path.of(required("kb.test.es.distribution")))
              .plugin(Path.of(required("kb.test.es.plugin")))
              .workDir(workDir)
              .httpPort(Integer.parseInt(required("kb.test.es.port")))
              .heap("512m")
              .startupTimeout(Duration.ofMinutes(3))
              .build();
      node.startAsync();
    }
  }

  /** The node, once it answers. */
  public static synchronized LocalElasticsearch ready() {
    startInBackground();
    node.awaitReady();
    return node;
  }

  /** Starts the node again if a test stopped it and failed before restarting it. */
  public static synchronized void restartIfDown() {
    if (node != null && !node.isRunning()) {
      node.start();
    }
  }

  public static String url() {
    return "http://127.0.0.1:" + required("kb.test.es.port");
  }

  static synchronized void shutdown() {
    if (node != null) {
      node.close();
      node = null;
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          property + " is not set: run the integration tests with Maven");
    }
    return value;
  }

  static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
