package io.kbplatform.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What keeps the fetch phase of a search small, as the index definition says it. */
class IndexDefinitionTest {

  private static JsonNode mappings;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = IndexDefinition.open()) {
      mappings = new ObjectMapper().readTree(in).path("mappings");
    }
  }

  @Test
  void vectorsAreIndexedForKnnButLeftOutOfTheSourceThatSearchesLoad() {
    List<String> excluded = new ArrayList<>();
    mappings.path("_source").path("excludes").forEach(e -> excluded.add(e.asText()));

    assertEquals(List.of("chunks.vector", "chunk_vectors"), excluded);
    JsonNode vector = mappings.path("properties").path("chunks").path("properties").path("vector");
    assertEquals("dense_vector", vector.path("type").asText());
    assertTrue(vector.path("index").asBoolean());
  }

  @Test
  void theVectorsRebuildsReuseAreAStoredBinaryCopyThatIsNotSearched() {
    JsonNode stored = mappings.path("properties").path(IndexedChunks.FIELD);

    assertEquals("binary", stored.path("type").asText());
    assertTrue(stored.path("store").asBoolean());
    assertFalse(stored.has("doc_values") && stored.path("doc_values").asBoolean());
  }

  @Test
  void theHighlightedFieldsKeepOffsetsAndTermVectorsSoThatLongTextIsNotAnalysedAgain() {
    for (String field : List.of("title", "body", "attachments")) {
      JsonNode mapping = mappings.path("properties").path(field);
      assertEquals("offsets", mapping.path("index_options").asText(), field);
      assertEquals("with_positions_offsets", mapping.path("term_vector").asText(), field);
    }
  }

  @Test
  void theGenerationNamesThisDefinition() {
    assertEquals("v4", ArticleIndex.GENERATION, "bump it whenever the definition changes");
  }
}
