package io.kbplatform.bench.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CapturingProxyTest {

  private HttpServer backend;
  private CapturingProxy proxy;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    backend = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    backend.createContext(
        "/",
        exchange -> {
          byte[] in = exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
          }
          byte[] body =
              ("{\"echo\":" + in.length + ",\"hits\":{\"hits\":[{\"_id\":\"a\"},{\"_id\":\"b\"}]}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    backend.start();
    proxy = new CapturingProxy("http://127.0.0.1:" + backend.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    proxy.close();
    backend.stop(0);
  }

  @Test
  void forwardsEverythingAndKeepsOnlySearchesWhileRecording() throws Exception {
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(URI.create(proxy.url() + "/_alias/kb-articles"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals("Elasticsearch", head.headers().firstValue("X-Elastic-Product").orElseThrow());

    proxy.record();
    String knn = "{\"knn\":{\"field\":\"chunks.vector\"},\"size\":5}";
    HttpResponse<String> search =
        client.send(
            HttpRequest.newBuilder(URI.create(proxy.url() + "/kb-articles/_search?typed_keys=true"))
                .header("Content-Type", "application/vnd.elasticsearch+json; compatible-with=8")
                .POST(HttpRequest.BodyPublishers.ofString(knn))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    client.send(
        HttpRequest.newBuilder(URI.create(proxy.url() + "/kb-articles/_doc/1"))
            .PUT(HttpRequest.BodyPublishers.ofString("{}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    List<EsExchange> kept = proxy.stop();

    assertEquals(200, search.statusCode());
    assertTrue(search.body().contains("\"echo\":" + knn.length()));
    assertEquals(1, kept.size());
    EsExchange e = kept.get(0);
    assertEquals("POST", e.method());
    assertEquals("/kb-articles/_search?typed_keys=true", e.path());
    assertEquals("application/vnd.elasticsearch+json; compatible-with=8", e.contentType());
    assertEquals(knn, e.body());
    assertEquals("knn", e.kind());
    assertEquals(List.of("a", "b"), e.hitIds());
  }

  @Test
  void theElasticsearchClientWorksThroughIt() throws Exception {
    var es = io.kbplatform.bench.BenchMain.client(proxy.url());

    assertTrue(es.indices().existsAlias(a -> a.name("kb-articles")).value());
  }

  @Test
  void namesWhatASearchDoes() {
    assertEquals("keyword+knn", CapturingProxy.kind("/i/_search", "{\"query\":{},\"knn\":{}}"));
    assertEquals("keyword", CapturingProxy.kind("/i/_search", "{\"query\":{}}"));
    assertEquals(
        "knn",
        CapturingProxy.kind(
            "/i/_search", "{\"query\":{\"nested\":{\"query\":{\"knn\":{}}}},\"size\":20}"));
    assertEquals(
        "keyword+knn",
        CapturingProxy.kind("/i/_search", "{\"query\":{\"knn\":{}},\"highlight\":{}}"));
    assertEquals("suggest", CapturingProxy.kind("/i/_search", "{\"suggest\":{}}"));
    assertEquals("msearch", CapturingProxy.kind("/i/_msearch", "{}\n{}\n"));
  }
}
