package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** Checks the packaged plugin zip (runs in the integration-test phase, after package). */
class PluginZipIT {

  private static final Path ZIP =
      Path.of("target", "kb-analysis-plugin-" + System.getProperty("project.version") + ".zip");

  @Test
  void zipHoldsDescriptorComponentsAndOnlyTheJarsTheServerLacks() throws IOException {
    assertTrue(Files.isRegularFile(ZIP), ZIP + " missing");
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      List<String> names =
          Collections.list(zip.entries()).stream().map(ZipEntry::getName).sorted().toList();
      String version = System.getProperty("project.version");
      assertEquals(
          List.of(
              "icu4j-" + System.getProperty("icu4j.version") + ".jar",
              "kb-analysis-plugin-" + version + ".jar",
              "lucene-analysis-icu-" + System.getProperty("lucene.version") + ".jar",
              "named_components.json",
              "stable-plugin-descriptor.properties"),
          names);

      Properties descriptor = new Properties();
      try (InputStream in =
          zip.getInputStream(zip.getEntry("stable-plugin-descriptor.properties"))) {
        descriptor.load(in);
      }
      assertEquals("kb-analysis", descriptor.getProperty("name"));
      assertEquals(version, descriptor.getProperty("version"));
      assertEquals(
          System.getProperty("elasticsearch.version"),
          descriptor.getProperty("elasticsearch.version"));
      assertEquals("17", descriptor.getProperty("java.version"));
      descriptor.values().forEach(v -> assertTrue(!v.toString().contains("${"), v.toString()));

      try (InputStream in = zip.getInputStream(zip.getEntry("named_components.json"))) {
        assertEquals(
            Files.readString(NamedComponentsJsonTest.JSON),
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
  }
}
