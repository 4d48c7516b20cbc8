package io.kbplatform.bench.driver;

import java.util.List;
import java.util.Map;

/**
 * One query of the mix: the text an agent types, the facet filters picked (facet key to values, as
 * {@code GET /api/search} takes them) and a label for the report.
 */
public record BenchQuery(String kind, String text, Map<String, List<String>> filters) {

  public BenchQuery {
    filters = Map.copyOf(filters);
  }

  static BenchQuery of(String kind, String text) {
    return new BenchQuery(kind, text, Map.of());
  }

  static BenchQuery of(String kind, String text, String facet, String value) {
    return new BenchQuery(kind, text, Map.of(facet, List.of(value)));
  }
}
