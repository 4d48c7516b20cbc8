package io.kbplatform.search.query;

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

/**
 * A stand-in for Elasticsearch that answers every call a search makes with a small canned answer
 * (two keyword hits, one passage found by meaning, a spelling candidate, counts) and records what
 * it was sent, so that tests can look at every request a search sends without a cluster.
 */
final class FakeElasticsearch implements AutoCloseable {

  static final String ALIAS = "kb-test";
  private static final String CONCRETE = ALIAS + "-v4-20261101093000123";
  private static final String SHARDS =
      "\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0}";

  /** One request as Elasticsearch received it. */
  record Call(String method, String path, String query, String body) {}

  private final HttpServer server;
  private final List<Call> calls = new ArrayList<>();
  private final SearchCluster cluster;
  private volatile String failing;

  FakeElasticsearch() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    cluster = new SearchCluster("http://127.0.0.1:" + server.getAddress().getPort());
  }

  SearchCluster cluster() {
    return cluster;
  }

  /** The search, count and multi-search calls received so far (not the index checks). */
  synchronized List<Call> queries() {
    return calls.stream().filter(c -> !c.path().startsWith("/_alias")).toList();
  }

  synchronized void clear() {
    calls.clear();
    failing = null;
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body =
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim();
    String path = exchange.getRequestURI().getPath();
    synchronized (this) {
      calls.add(
          new Call(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(), body));
    }
    String json;
    if (path.startsWith("/_alias")) {
      json = "{\"" + CONCRETE + "\":{\"aliases\":{\"" + ALIAS + "\":{}}}}";
    } else if (path.endsWith("/_msearch")) {
      json = multiSearch(body);
    } else if (path.endsWith("/_count")) {
      json = "{\"count\":3," + SHARDS + "}";
    } else if (body.contains("\"suggest\"")) {
      json = spelling();
    } else if (body.contains("\"knn\"")) {
      json = meaning();
    } else {
      json = keyword();
    }
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if ("HEAD".equals(exchange.getRequestMethod())) {
      exchange.sendResponseHeaders(200, -1);
    } else {
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  private static String keyword() {
    return "{\"took\":1,\"timed_out\":false,"
        + SHARDS
        + ",\"hits\":{\"total\":{\"value\":2,\"relation\":\"eq\"},\"max_score\":2.0,\"hits\":["
        + keywordHit("k1", 2.0, "<mark>Refund</mark> policy", "the <mark>refund</mark> rules")
        + ","
        + keywordHit("k2", 1.0, "Returns", "no marks here")
        + "]},\"aggregations\":{"
        + "\"filter#space\":{\"doc_count\":2,\"sterms#values\":{\"doc_count_error_upper_bound\":0,"
        + "\"sum_other_doc_count\":0,\"buckets\":[{\"key\":\"CS\",\"doc_count\":2}]}},"
        + "\"filter#verification\":{\"doc_count\":2,\"lterms#values\":{"
        + "\"doc_count_error_upper_bound\":0,\"sum_other_doc_count\":0,\"buckets\":["
        + "{\"key\":0,\"key_as_string\":\"false\",\"doc_count\":2}]}}}}";
  }

  private static String keywordHit(String id, double score, String title, String body) {
    return hit(
        id,
        score,
        ",\"highlight\":{\"title\":[\""
            + title
            + "\"],\"body\":[\""
            + body
            + "\"]},\"sort\":["
            + score
            + ",\""
            + id
            + "\"]");
  }

  /** A hit with its source, then {@code more} (highlights, sort values, inner hits). */
  private static String hit(String id, double score, String more) {
    return "{\"_index\":\""
        + CONCRETE
        + "\",\"_id\":\""
        + id
        + "\",\"_score\":"
        + score
        + ",\"_source\":"
        + source(id)
        + more
        + "}";
  }

  private static String source(String id) {
    return "{\"id\":\""
        + id
        + "\",\"space\":\"CS\",\"category\":\"billing\",\"title\":\"Title "
        + id
        + "\",\"tags\":[\"money\"],\"updated_at\":\"2026-11-01T09:30:00Z\","
        + "\"status\":\"PUBLISHED\",\"needs_review\":false}";
  }

  private static String meaning() {
    return "{\"took\":1,\"timed_out\":false,"
        + SHARDS
        + ",\"hits\":{\"total\":{\"value\":2,\"relation\":\"eq\"},\"max_score\":0.9,\"hits\":["
        + meaningHit("m1", 0.9, "a passage found <by> meaning")
        + ","
        + meaningHit("k2", 0.88, "the returns passage")
        + "]}}";
  }

  private static String meaningHit(String id, double score, String passage) {
    String bestPassage =
        "{\"_index\":\""
            + CONCRETE
            + "\",\"_id\":\""
            + id
            + "\",\"_nested\":{\"field\":\"chunks\",\"offset\":0},\"_score\":"
            + score
            + ",\"_source\":{\"text\":\""
            + passage
            + "\"}}";
    return hit(
        id,
        score,
        ",\"inner_hits\":{\"best_chunk\":{\"hits\":{\"total\":{\"value\":1,\"relation\":\"eq\"},"
            + "\"max_score\":"
            + score
            + ",\"hits\":["
            + bestPassage
            + "]}}}");
  }

  private static String spelling() {
    return "{\"took\":1,\"timed_out\":false,"
        + SHARDS
        + ",\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},\"max_score\":null,\"hits\":[]},"
        + "\"suggest\":{\"term#spelling\":[{\"text\":\"refnd\",\"offset\":0,\"length\":5,"
        + "\"options\":[{\"text\":\"refund\",\"score\":0.8,\"freq\":4}]}]}}";
  }

  /**
   * One answer per search, in order: the kNN and keyword searches answer as when sent alone (or
   * fail, see {@link #failSearchesWith}); a count finds every term or query with "refund" in it in
   * 4 articles, anything else in none.
   */
  private String multiSearch(String body) {
    String[] lines = body.split("\n");
    List<String> answers = new ArrayList<>();
    for (int i = 1; i < lines.length; i += 2) {
      String search = lines[i];
      String answer;
      if (failing != null && search.contains(failing)) {
        answer =
            "{\"error\":{\"type\":\"search_phase_execution_exception\","
                + "\"reason\":\"all shards failed\"},\"status\":400}";
      } else if (search.contains("\"knn\"")) {
        answer = withStatus(meaning());
      } else if (search.contains("\"highlight\"")) {
        answer = withStatus(keyword());
      } else {
        int found = search.contains("refund") ? 4 : 0;
        answer =
            "{\"took\":1,\"timed_out\":false,"
                + SHARDS
                + ",\"hits\":{\"total\":{\"value\":"
                + found
                + ",\"relation\":\"eq\"},\"max_score\":null,\"hits\":[]},\"status\":200}";
      }
      answers.add(answer);
    }
    return "{\"took\":1,\"responses\":[" + String.join(",", answers) + "]}";
  }

  private static String withStatus(String answer) {
    return answer.substring(0, answer.length() - 1) + ",\"status\":200}";
  }

  /**
   * From now on, a search of a multi-search whose body contains {@code part} fails (null: none).
   */
  synchronized void failSearchesWith(String part) {
    failing = part;
  }

  @Override
  public void close() {
    cluster.close();
    server.stop(0);
  }
}
