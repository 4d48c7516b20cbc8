package io.kbplatform.search.index;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The settings a bulk load turns off (refreshes, replicas) as the index definition wants them
 * afterwards: its own values, or Elasticsearch's defaults when it gives none.
 */
record LoadSettings(String refreshInterval, String autoExpandReplicas, String replicas) {

  static LoadSettings of(JsonNode settings) {
    return new LoadSettings(
        text(settings, "refresh_interval", "1s"),
        text(settings, "auto_expand_replicas", null),
        text(settings, "number_of_replicas", "1"));
  }

  private static String text(JsonNode settings, String name, String fallback) {
    JsonNode value = settings.path(name);
    if (value.isMissingNode()) {
      value = settings.path("index").path(name);
    }
    return value.isMissingNode() || value.isNull() ? fallback : value.asText();
  }
}
