package io.kbplatform.search.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The settings and mappings every concrete article index is created from ({@value #RESOURCE}); its
 * generation is {@link ArticleIndex#GENERATION}.
 */
final class IndexDefinition {

  static final String RESOURCE = "/search/kb-articles-index.json";

  private IndexDefinition() {}

  /** The definition as JSON, to create an index with; the caller closes it. */
  static InputStream open() {
    InputStream in = IndexDefinition.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Missing index definition " + RESOURCE));
    }
    return in;
  }

  /** The definition's index settings (refresh interval, replicas…). */
  static JsonNode settings() throws IOException {
    try (InputStream in = open()) {
      return new ObjectMapper().readTree(in).path("settings");
    }
  }
}
