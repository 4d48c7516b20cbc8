package io.kbplatform.bench.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kbplatform.bench.capture.CapturedSearch;
import io.kbplatform.bench.capture.CapturingProxy;
import io.kbplatform.bench.runtime.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Elasticsearch's time goes: the captured requests at one client, whole and without one part
 * at a time (kNN, facet aggregations, highlighting, did-you-mean suggester, stored source), to show
 * what each part costs. A request left without a query by a removal gets {@code match_none}.
 */
public final class RequestAnatomy {

  /** Median latency of each variant, in milliseconds. */
  public record Part(String variant, double p50Ms, double p95Ms, double throughputPerSecond) {}

  private static final Map<String, List<String>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put("whole search (all its requests)", List.of());
    VARIANTS.put("without kNN", List.of("knn"));
    VARIANTS.put("without aggregations (facet counts)", List.of("aggregations", "aggs"));
    VARIANTS.put("without highlight", List.of("highlight"));
    VARIANTS.put("without suggest (did you mean)", List.of("suggest"));
    VARIANTS.put("without _source (ids only)", List.of("_source"));
    VARIANTS.put(
        "query only (no kNN, aggregations, highlight, suggest)",
        List.of("knn", "aggregations", "aggs", "highlight", "suggest"));
  }

  public List<Part> run(
      String esUrl, List<CapturedSearch> captured, LoadDriver driver, int warmup, int requests)
      throws InterruptedException {
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> variant : VARIANTS.entrySet()) {
      List<String> without = variant.getValue();
      Target target =
          Target.replay(variant.getKey(), esUrl, captured, body -> without(body, without));
      LoadDriver.LevelResult r = driver.run(target, 1, warmup, requests);
      parts.add(new Part(variant.getKey(), r.p50Ms(), r.p95Ms(), r.throughputPerSecond()));
    }
    return parts;
  }

  /**
   * The body without the named top-level fields ({@code _source} removed means {@code false}), null
   * for a kNN-only request without kNN.
   */
  static String without(String body, List<String> fields) {
    if (fields.isEmpty() || body.isBlank() || !body.strip().startsWith("{")) {
      return body;
    }
    try {
      JsonNode json = Http.JSON.readTree(body);
      if (!(json instanceof ObjectNode object)) {
        return body;
      }
      if (fields.contains("knn") && CapturingProxy.isKnn(object)) {
        if (CapturingProxy.kind("/_search", body).equals("knn")) {
          return null;
        }
        object.remove("knn");
      }
      for (String field : fields) {
        if (field.equals("knn")) {
          continue;
        }
        if (field.equals("_source")) {
          object.put("_source", false);
        } else {
          object.remove(field);
        }
      }
      if (!object.has("query") && !object.has("knn") && !object.has("suggest")) {
        object.putObject("query").putObject("match_none");
      }
      return Http.JSON.writeValueAsString(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
