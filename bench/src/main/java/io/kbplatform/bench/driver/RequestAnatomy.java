package io.kbplatform.bench.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kbplatform.bench.runtime.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where Elasticsearch's time goes: the same requests at one client, whole and without one part at a
 * time (facet aggregations, highlighting, did-you-mean suggester), to show what each part costs.
 */
public final class RequestAnatomy {

  /** Median latency of each variant, in milliseconds. */
  public record Part(String variant, double p50Ms, double p95Ms, double throughputPerSecond) {}

  private static final Map<String, List<String>> VARIANTS = new LinkedHashMap<>();

  static {
    VARIANTS.put("whole request", List.of());
    VARIANTS.put("without aggregations (facet counts)", List.of("aggregations"));
    VARIANTS.put("without highlight", List.of("highlight"));
    VARIANTS.put("without suggest (did you mean)", List.of("suggest"));
    VARIANTS.put("query only (none of the three)", List.of("aggregations", "highlight", "suggest"));
  }

  public List<Part> run(
      String esUrl, SearchRequests searches, int limit, LoadDriver driver, int warmup, int requests)
      throws InterruptedException {
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> variant : VARIANTS.entrySet()) {
      List<HttpRequest> list =
          QueryMix.QUERIES.stream()
              .map(q -> searches.of(q, limit))
              .map(s -> request(esUrl, s, variant.getValue()))
              .toList();
      LoadDriver.LevelResult r =
          driver.run(new Target(variant.getKey(), list), 1, warmup, requests);
      parts.add(new Part(variant.getKey(), r.p50Ms(), r.p95Ms(), r.throughputPerSecond()));
    }
    return parts;
  }

  private static HttpRequest request(
      String esUrl, SearchRequests.EsSearch search, List<String> without) {
    try {
      ObjectNode body = (ObjectNode) Http.JSON.readTree(search.body());
      without.forEach(body::remove);
      return HttpRequest.newBuilder(URI.create(esUrl + search.path()))
          .timeout(Target.TIMEOUT)
          .header("Content-Type", "application/json")
          .POST(
              HttpRequest.BodyPublishers.ofString(
                  Http.JSON.writeValueAsString(body), StandardCharsets.UTF_8))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
