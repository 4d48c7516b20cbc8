package io.kbplatform.bench.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kbplatform.bench.runtime.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A plain HTTP proxy in front of Elasticsearch that forwards everything and, while {@link
 * #record()} is on, keeps each search request ({@code _search}, {@code _msearch}) with the ids of
 * the hits answered. The app is pointed at it only to capture its requests, never while it is
 * measured: the proxy adds a hop.
 */
public final class CapturingProxy implements AutoCloseable {

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "expect",
          "host",
          "keep-alive",
          "transfer-encoding",
          "upgrade");

  private final String target;
  private final HttpServer server;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private List<EsExchange> recording; // guarded by this

  public CapturingProxy(String target) throws IOException {
    this.target = target;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::forward);
    server.setExecutor(Executors.newFixedThreadPool(8, daemon()));
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Starts keeping search requests, dropping what was kept before. */
  public synchronized void record() {
    recording = new ArrayList<>();
  }

  /** Stops keeping requests; what was kept since {@link #record()}. */
  public synchronized List<EsExchange> stop() {
    List<EsExchange> kept = recording == null ? List.of() : List.copyOf(recording);
    recording = null;
    return kept;
  }

  private void forward(HttpExchange exchange) throws IOException {
    try (exchange) {
      relay(exchange);
    } catch (IOException | RuntimeException e) {
      System.err.println("[capturing-proxy] " + exchange.getRequestURI() + ": " + e);
      throw e;
    }
  }

  private void relay(HttpExchange exchange) throws IOException {
    {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = exchange.getRequestURI().toString();
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(target + path))
              .timeout(Duration.ofMinutes(5))
              .method(
                  exchange.getRequestMethod(),
                  body.length == 0
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                  values.forEach(v -> request.header(name, v));
                }
              });
      HttpResponse<byte[]> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.sendResponseHeaders(503, -1);
        return;
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      keep(exchange.getRequestMethod(), path, contentType, body, response.statusCode(), answer);
    }
  }

  private synchronized void keep(
      String method, String path, String contentType, byte[] body, int status, byte[] answer) {
    if (recording == null || !(path.contains("/_search") || path.contains("/_msearch"))) {
      return;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    recording.add(
        new EsExchange(
            method,
            path,
            contentType == null ? "application/json" : contentType,
            text,
            status,
            kind(path, text),
            hitIds(answer)));
  }

  /**
   * What a search request does, from its body: {@code knn} when it only finds nearest passages (a
   * top-level {@code knn} or a {@code knn} query), {@code keyword+knn} when it also highlights or
   * counts facets, {@code suggest} for a suggester alone, else {@code keyword}.
   */
  public static String kind(String path, String body) {
    if (path.contains("/_msearch")) {
      return "msearch";
    }
    try {
      JsonNode json = Http.JSON.readTree(body.isEmpty() ? "{}" : body);
      boolean knnQuery = !json.path("query").findValues("knn").isEmpty();
      boolean knn = json.has("knn") || knnQuery;
      boolean keyword =
          json.has("highlight")
              || json.has("aggregations")
              || json.has("aggs")
              || (json.has("query") && !knnQuery);
      if (json.has("suggest") && !json.has("query") && !knn) {
        return "suggest";
      }
      return knn && keyword ? "keyword+knn" : knn ? "knn" : "keyword";
    } catch (IOException e) {
      return "search";
    }
  }

  /** Whether a search body asks for nearest vectors anywhere. */
  public static boolean isKnn(JsonNode json) {
    return json.has("knn") || !json.path("query").findValues("knn").isEmpty();
  }

  /** The ids of the hits of a search answer, in order (all answers of a multi-search). */
  public static List<String> hitIds(byte[] answer) {
    List<String> ids = new ArrayList<>();
    try {
      JsonNode json = Http.JSON.readTree(answer);
      JsonNode responses = json.has("responses") ? json.get("responses") : null;
      if (responses != null) {
        responses.forEach(
            r -> r.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText())));
      } else {
        json.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: no hits
    }
    return ids;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "capturing-proxy");
      t.setDaemon(true);
      return t;
    };
  }
}
