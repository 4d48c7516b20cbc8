package io.kbplatform.bench.driver;

import io.kbplatform.bench.capture.CapturedSearch;
import io.kbplatform.bench.capture.EsExchange;
import io.kbplatform.bench.runtime.Http;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where the load goes: per query of the mix, the HTTP requests that answer it, sent one after the
 * other (one for the API; for Elasticsearch, the requests the app sent for that query).
 */
public record Target(String name, List<List<HttpRequest>> searches) {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** {@code GET /api/search?q=...&limit=...&<facet>=<value>} as the agent, with HTTP Basic. */
  public static Target api(String appUrl, String user, String password, int limit) {
    String authorization = Http.basic(user, password);
    List<List<HttpRequest>> requests =
        QueryMix.QUERIES.stream()
            .map(
                q ->
                    List.of(
                        HttpRequest.newBuilder(URI.create(appUrl + apiPath(q, limit)))
                            .timeout(TIMEOUT)
                            .header("Authorization", authorization)
                            .header("Accept", "application/json")
                            .GET()
                            .build()))
            .toList();
    return new Target("api", requests);
  }

  /**
   * The requests the app sent to Elasticsearch for each query (captured), replayed straight to
   * Elasticsearch, in the same order, each body unchanged unless {@code edit} changes it (a request
   * whose body {@code edit} turns into null is left out).
   */
  public static Target replay(
      String name, String esUrl, List<CapturedSearch> captured, UnaryOperator<String> edit) {
    List<List<HttpRequest>> requests =
        captured.stream()
            .map(
                c ->
                    c.exchanges().stream()
                        .filter(e -> edit.apply(e.body()) != null)
                        .map(e -> request(esUrl, e, edit))
                        .toList())
            .toList();
    return new Target(name, requests);
  }

  private static HttpRequest request(String esUrl, EsExchange e, UnaryOperator<String> edit) {
    String body = edit.apply(e.body());
    return HttpRequest.newBuilder(URI.create(esUrl + e.path()))
        .timeout(TIMEOUT)
        .header("Content-Type", e.contentType())
        .header("Accept", e.contentType().replace("x-ndjson", "json"))
        .method(
            e.method(),
            body.isEmpty()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  public static String apiPath(BenchQuery q, int limit) {
    StringBuilder path =
        new StringBuilder("/api/search?q=")
            .append(encode(q.text()))
            .append("&limit=")
            .append(limit);
    for (Map.Entry<String, List<String>> filter : q.filters().entrySet()) {
      for (String value : filter.getValue()) {
        path.append('&').append(encode(filter.getKey())).append('=').append(encode(value));
      }
    }
    return path.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
