package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EsInstallationTest {

  /** Records each call in work/install-calls.log and "installs" plugins/<zip base name>. */
  private static final String FAKE_PLUGIN_CLI =
      """
      rwxr-xr-x:#!/bin/sh
      echo "$ES_JAVA_HOME|$ES_PATH_CONF|$*" >> "$(dirname "$0")/../../install-calls.log"
      f=${3#file://}
      n=$(basename "$f" .zip)
      if [ "$n" = broken ]; then echo "boom: bad plugin"; exit 1; fi
      mkdir -p "$(dirname "$0")/../plugins/$n"
      """;

  @TempDir Path dir;
  private Path work;
  private Path javaHome;
  private EsLayout layout;

  @BeforeEach
  void setUp() {
    work = dir.resolve("work");
    javaHome = dir.resolve("jdk");
    layout = new EsLayout(work);
  }

  @Test
  void preparesEverythingOnceAndIsIdempotent() throws Exception {
    Path distribution = distribution("one");
    Path plugin = TestZips.plugin(dir.resolve("kb-analysis.zip"), "kb-analysis", "v1");

    install(distribution, plugin);

    assertTrue(Files.isExecutable(layout.home().resolve("bin/elasticsearch")));
    assertEquals(
        "cluster.name: one\n", Files.readString(layout.config().resolve("elasticsearch.yml")));
    assertTrue(Files.isDirectory(layout.data()));
    assertTrue(Files.isDirectory(layout.logs()));
    assertTrue(Files.isDirectory(layout.tmp()));
    assertTrue(Files.isDirectory(layout.home().resolve("plugins/kb-analysis")));
    assertEquals(
        List.of(javaHome + "|" + layout.config() + "|install --batch " + plugin.toUri()),
        installCalls());

    Path sentinel = Files.writeString(layout.home().resolve("sentinel"), "x");
    install(distribution, plugin);

    assertTrue(Files.exists(sentinel), "distribution must not be unpacked again");
    assertEquals(1, installCalls().size(), "unchanged plugin must not be installed again");
  }

  @Test
  void reinstallsAPluginWhoseZipChanged() throws Exception {
    Path distribution = distribution("one");
    Path plugin = TestZips.plugin(dir.resolve("kb-analysis.zip"), "kb-analysis", "v1");
    install(distribution, plugin);

    touch(plugin);
    install(distribution, plugin);

    assertEquals(2, installCalls().size());
  }

  @Test
  void unpacksAChangedDistributionAgainWithFreshConfigAndPlugins() throws Exception {
    Path distribution = distribution("one");
    Path plugin = TestZips.plugin(dir.resolve("kb-analysis.zip"), "kb-analysis", "v1");
    install(distribution, plugin);
    Path sentinel = Files.writeString(layout.home().resolve("sentinel"), "x");

    distribution("two-longer");
    install(distribution, plugin);

    assertFalse(Files.exists(sentinel));
    assertEquals(
        "cluster.name: two-longer\n",
        Files.readString(layout.config().resolve("elasticsearch.yml")));
    assertEquals(2, installCalls().size());
  }

  @Test
  void keepsLocalConfigChangesWhileTheDistributionIsUnchanged() throws Exception {
    Path distribution = distribution("one");
    install(distribution);
    Files.writeString(layout.config().resolve("elasticsearch.yml"), "edited\n");

    install(distribution);

    assertEquals("edited\n", Files.readString(layout.config().resolve("elasticsearch.yml")));
  }

  @Test
  void removesPluginsNoLongerRequested() throws Exception {
    Path distribution = distribution("one");
    Path plugin = TestZips.plugin(dir.resolve("kb-analysis.zip"), "kb-analysis", "v1");
    install(distribution, plugin);

    install(distribution);

    assertFalse(Files.exists(layout.home().resolve("plugins/kb-analysis")));
    assertFalse(Files.exists(layout.pluginMarker("kb-analysis")));
  }

  @Test
  void reportsAFailedPluginInstallWithItsOutput() throws Exception {
    Path distribution = distribution("one");
    Path plugin = TestZips.plugin(dir.resolve("broken.zip"), "broken", "v1");

    LocalNodeException e =
        assertThrows(LocalNodeException.class, () -> install(distribution, plugin));

    assertTrue(e.getMessage().contains("boom: bad plugin"), e.getMessage());
    assertFalse(Files.exists(layout.pluginMarker("broken")));
  }

  private void install(Path distribution, Path... plugins) throws IOException {
    new EsInstallation(layout, distribution, List.of(plugins), EsUser.current(), javaHome)
        .prepare();
  }

  private Path distribution(String clusterName) throws IOException {
    Path zip = dir.resolve("elasticsearch.zip");
    boolean existed = Files.exists(zip);
    FileTime before = existed ? Files.getLastModifiedTime(zip) : null;
    TestZips.write(
        zip,
        Map.of(
            "es/bin/elasticsearch",
            "rwxr-xr-x:#!/bin/sh\n",
            "es/bin/elasticsearch-plugin",
            FAKE_PLUGIN_CLI,
            "es/config/elasticsearch.yml",
            "rw-rw----:cluster.name: " + clusterName + "\n"));
    if (existed) {
      Files.setLastModifiedTime(zip, FileTime.fromMillis(before.toMillis() + 5000));
    }
    return zip;
  }

  private static void touch(Path file) throws IOException {
    Files.setLastModifiedTime(
        file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
  }

  private List<String> installCalls() throws IOException {
    Path log = work.resolve("install-calls.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }
}
