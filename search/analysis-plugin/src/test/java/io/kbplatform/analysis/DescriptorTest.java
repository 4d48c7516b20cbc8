package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stable descriptor may only hold the keys Elasticsearch's PluginDescriptor reads. */
class DescriptorTest {

  @Test
  void descriptorTemplateHasExactlyTheKnownKeys() throws IOException {
    Properties p = new Properties();
    Path file = Path.of("src/main/plugin-metadata/stable-plugin-descriptor.properties");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      p.load(r);
    }
    assertEquals(
        Set.of(
            "name", "description", "version", "elasticsearch.version", "java.version", "modular"),
        p.stringPropertyNames());
    assertEquals("false", p.getProperty("modular"));
  }
}
