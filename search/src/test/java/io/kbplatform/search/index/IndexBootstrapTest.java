package io.kbplatform.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kbplatform.search.cluster.SearchCluster;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the first search or write finds prepared, against a cluster that holds a given set of
 * indices: a new index when there is none, the alias put back on an index that lost it, an older
 * index kept serving while a rebuild is asked for.
 */
class IndexBootstrapTest {

  private static final String ALIAS = "kb-test";

  private final List<String> requests = new ArrayList<>();
  private final List<IndexCreated> created = new ArrayList<>();
  private final List<IndexOutdated> outdated = new ArrayList<>();
  private String aliased;
  private String unaliased;
  private HttpServer server;
  private SearchCluster cluster;

  @AfterEach
  void stop() {
    cluster.close();
    server.stop(0);
  }

  @Test
  void aClusterWithoutTheIndexGetsOneOfTheCurrentDefinitionOnce() throws IOException {
    ArticleIndex index = index();

    index.ensureExists();
    index.ensureExists();

    assertEquals(1, created.size());
    String concrete = created.get(0).concreteIndex();
    assertTrue(new IndexNames(ALIAS, ArticleIndex.GENERATION).isCurrent(concrete), concrete);
    assertTrue(requests.contains("PUT /" + concrete), requests.toString());
    assertEquals(1, requests.stream().filter(r -> r.startsWith("PUT ")).count(), "created once");
    assertEquals(List.of(), outdated);
  }

  @Test
  void anIndexOfTheCurrentDefinitionThatLostItsAliasGetsItBack() throws IOException {
    unaliased = ALIAS + "-" + ArticleIndex.GENERATION + "-20261101093000123";
    ArticleIndex index = index();

    index.ensureExists();

    assertTrue(requests.contains("PUT /" + unaliased + "/_alias/" + ALIAS), requests.toString());
    assertEquals(List.of(), created, "nothing new is created");
  }

  @Test
  void anIndexOfAnOlderDefinitionKeepsServingAndAsksForARebuild() throws IOException {
    aliased = ALIAS + "-v2-20250101093000123";
    ArticleIndex index = index();

    index.ensureExists();

    assertEquals(List.of(new IndexOutdated(Set.of(aliased))), outdated);
    assertEquals(List.of(), created);
    assertEquals(0, requests.stream().filter(r -> r.startsWith("PUT ")).count(), "no change");
  }

  private ArticleIndex index() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    cluster = new SearchCluster("http://127.0.0.1:" + server.getAddress().getPort());
    return new ArticleIndex(cluster, ALIAS, created::add, outdated::add);
  }

  /** The few index calls a preparation makes, answered from the indices this test set up. */
  private void answer(HttpExchange exchange) throws IOException {
    exchange.getRequestBody().readAllBytes();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    synchronized (requests) {
      requests.add(method + " " + path);
    }
    int status = 200;
    String json = "{\"acknowledged\":true}";
    if (path.equals("/_alias/" + ALIAS)) {
      status = aliased == null ? 404 : 200;
      json = aliased == null ? "{}" : "{\"" + aliased + "\":{\"aliases\":{\"" + ALIAS + "\":{}}}}";
    } else if (method.equals("GET")) {
      json = unaliased == null ? "{}" : "{\"" + unaliased + "\":{\"aliases\":{}}}";
    } else if (method.equals("PUT") && !path.contains("/_alias/")) {
      json =
          "{\"acknowledged\":true,\"shards_acknowledged\":true,\"index\":\""
              + path.substring(1)
              + "\"}";
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (method.equals("HEAD")) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }
}
