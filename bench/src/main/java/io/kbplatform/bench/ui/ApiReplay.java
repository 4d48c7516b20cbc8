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
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(appUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + response.statusCode());
    }
  }
}
