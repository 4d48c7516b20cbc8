package io.kbplatform.bench.driver;

import io.kbplatform.bench.runtime.Http;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Where the load goes: one prepared HTTP request per query of the mix. */
public record Target(String name, List<HttpRequest> requests) {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** {@code GET /api/search?q=...&limit=...&<facet>=<value>} as the agent, with HTTP Basic. */
  public static Target api(String appUrl, String user, String password, int limit) {
    String authorization = Http.basic(user, password);
    List<HttpRequest> requests =
        QueryMix.QUERIES.stream()
            .map(
                q ->
                    HttpRequest.newBuilder(URI.create(appUrl + apiPath(q, limit)))
                        .timeout(TIMEOUT)
                        .header("Authorization", authorization)
                        .header("Accept", "application/json")
                        .GET()
                        .build())
            .toList();
    return new Target("api", requests);
  }

  /** {@code POST <alias>/_search} with the body the app would send for the same query. */
  public static Target elasticsearch(String esUrl, SearchRequests searches, int limit) {
    List<HttpRequest> requests =
        QueryMix.QUERIES.stream()
            .map(q -> searches.of(q, limit))
            .map(
                s ->
                    HttpRequest.newBuilder(URI.create(esUrl + s.path()))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(s.body(), StandardCharsets.UTF_8))
                        .build())
            .toList();
    return new Target("elasticsearch", requests);
  }

  static String apiPath(BenchQuery q, int limit) {
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
