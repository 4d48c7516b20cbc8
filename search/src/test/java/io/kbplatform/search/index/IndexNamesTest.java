package io.kbplatform.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

  private final IndexNames names = new IndexNames("kb-articles", "v3");

  @Test
  void newNamesCarryGenerationAndUtcTimestamp() {
    assertEquals(
        "kb-articles-v3-20261101093000123", names.next(Instant.parse("2026-11-01T09:30:00.123Z")));
  }

  @Test
  void theOlderUnstampedNameIsRecognisedAsItsGeneration() {
    assertEquals(Optional.of("v2"), names.generationOf("kb-articles-v2"));
    assertFalse(names.isCurrent("kb-articles-v2"), "v2 is older than v3: to be rebuilt");
    assertTrue(names.isCurrent("kb-articles-v3"));
    assertTrue(names.isCurrent("kb-articles-v3-20261101093000123"));
  }

  @Test
  void foreignNamesAreNotOurs() {
    assertEquals(Optional.empty(), names.generationOf("other-v3"));
    assertEquals(Optional.empty(), names.generationOf("kb-articles-v3-20261101093000123-loading"));
    assertFalse(names.isCurrent("kb-articles-v30"));
  }

  @Test
  void loadSettingsComeBackAsTheDefinitionWantsThem() throws Exception {
    ObjectMapper json = new ObjectMapper();
    LoadSettings defined =
        LoadSettings.of(
            json.readTree("{\"auto_expand_replicas\":\"0-1\",\"refresh_interval\":\"5s\"}"));
    assertEquals(new LoadSettings("5s", "0-1", "1"), defined);
    LoadSettings defaults =
        LoadSettings.of(json.readTree("{\"index\":{\"number_of_replicas\":2}}"));
    assertEquals(new LoadSettings("1s", null, "2"), defaults);
  }
}
