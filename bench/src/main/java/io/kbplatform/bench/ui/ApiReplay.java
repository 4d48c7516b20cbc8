package io.kbplatform.bench.ui;

import io.kbplatform.bench.runtime.Http;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The bare API for the same queries, in the same run: each final query's search request — the very
 * URL the page sent when it was captured, else {@code /api/search?q=} — sent from this JVM
 * (HTTP/1.1, kept-alive, HTTP Basic as the same agent), one at a time.
 */
final class ApiReplay {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String appUrl;
  private final String authorization;

  ApiReplay(String appUrl, String user, String password) {
    this.appUrl = appUrl;
    this.authorization = Http.basic(user, password);
  }

  /** The path and query of a captured request, or the plain search for the text. */
  static String pathFor(TypingRun.Typed typed) {
    if (typed.finalRequest() != null) {
      URI uri = URI.create(typed.finalRequest());
      return uri.getRawPath() + "?" + uri.getRawQuery();
    }
    return "/api/search?q="
        + URLEncoder.encode(typed.query().strip(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * What typing sends, unmeasured, so that the measured part meets a warm app and index: every
   * prefix of every query, as a search and as a suggestion request, {@code passes} times.
   */
  void warm(List<String> queries, int passes) throws IOException, InterruptedException {
    for (int pass = 0; pass < passes; pass++) {
      for (String query : queries) {
        for (int end = 1; end <= query.length(); end++) {
          String prefix = query.substring(0, end).strip();
          if (prefix.isEmpty() || Character.isHighSurrogate(query.charAt(end - 1))) {
            continue;
          }
          String q = URLEncoder.encode(prefix, StandardCharsets.UTF_8).replace("+", "%20");
          exchange("/api/search?q=" + q + "&limit=20");
          exchange("/api/search/suggestions?q=" + q + "&limit=5");
        }
      }
    }
  }

  /** One warm-up pass, then {@code rounds} measured passes over the paths; ms per request. */
  List<Double> run(List<String> paths, int rounds) throws IOException, InterruptedException {
    for (String path : paths) {
      send(path);
    }
    List<Double> millis = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (String path : paths) {
        long start = System.nanoTime();
        send(path);
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    return millis;
  }

  private void send(String path) throws IOException, InterruptedException {
    int status = exchange(path);
    if (status != 200) {
      throw new IOException("GET " + path + " answered " + status);
    }
  }

  private int exchange(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(appUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
  }
}
