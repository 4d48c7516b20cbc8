package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour that needs no running node (the app module's integration tests boot a real one). */
class LocalElasticsearchTest {

  @TempDir Path dir;

  @Test
  void distributionAndWorkDirAreRequired() {
    assertThrows(
        IllegalStateException.class, () -> LocalElasticsearch.builder().workDir(dir).build());
    assertThrows(
        IllegalStateException.class,
        () -> LocalElasticsearch.builder().distribution(dir.resolve("es.zip")).build());
  }

  @Test
  void rejectsInvalidPortAndHeap() {
    assertThrows(
        IllegalArgumentException.class, () -> LocalElasticsearch.builder().httpPort(70000));
    assertThrows(IllegalArgumentException.class, () -> LocalElasticsearch.builder().heap("lots"));
    assertThrows(IllegalArgumentException.class, () -> LocalElasticsearch.builder().heap("-Xmx1g"));
  }

  @Test
  void exposesUrlAndFiles() {
    LocalElasticsearch es = node();

    assertEquals("http://127.0.0.1:9288", es.url());
    assertEquals(9288, es.httpPort());
    assertEquals(dir.resolve("work"), es.workDir());
    assertEquals(dir.resolve("work/logs/console.log"), es.consoleLog());
  }

  @Test
  void stopAndKillBeforeStartDoNothing() {
    LocalElasticsearch es = node();

    es.stop();
    es.kill();
    es.close();

    assertFalse(es.isRunning());
    assertTrue(es.pid().isEmpty());
    assertThrows(IllegalStateException.class, es::awaitReady);
  }

  @Test
  void startFailsClearlyWhenTheDistributionIsMissing() {
    LocalElasticsearch es = node();

    LocalNodeException e = assertThrows(LocalNodeException.class, es::start);

    assertTrue(e.getMessage().contains("missing-elasticsearch.zip"), e.getMessage());
    assertFalse(es.isRunning());
  }

  @Test
  void findsTheDistributionInTheLocalMavenRepository() {
    String previous = System.setProperty("maven.repo.local", "/repo");
    try {
      assertEquals(
          Path.of(
              "/repo/org/elasticsearch/distribution/integ-test-zip/elasticsearch/8.19.21/"
                  + "elasticsearch-8.19.21.zip"),
          LocalElasticsearch.mavenLocalDistribution("8.19.21"));
    } finally {
      if (previous == null) {
        System.clearProperty("maven.repo.local");
      } else {
        System.setProperty("maven.repo.local", previous);
      }
    }
  }

  private LocalElasticsearch node() {
    return LocalElasticsearch.builder()
        .distribution(dir.resolve("missing-elasticsearch.zip"))
        .workDir(dir.resolve("work"))
        .httpPort(9288)
        .stopOnJvmExit(false)
        .build();
  }
}
