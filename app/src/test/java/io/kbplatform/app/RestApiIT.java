package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.Markers;
import io.kbplatform.app.testsupport.ServerUrl;
import io.kbplatform.app.testsupport.TestNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API contract end to end, over HTTP, on Payara Micro with the real database and the real
 * Elasticsearch node: spaces, articles, publishing, search in both Chinese scripts, and search
 * catching up after an Elasticsearch outage.
 */
@KbServerTest
class RestApiIT {

  private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

  @ServerUrl URL url;

  private URI base;
  private Api admin;

  @BeforeEach
  void setUp() throws URISyntaxException {
    base = url.toURI().resolve("/");
    admin = Api.admin(base);
    TestNode.ready();
  }

  @Test
  void anAuthorCreatesPublishesAndReadsAnArticle() {
    String space = newSpace();
    Api author = admin.newUser("AUTHOR");

    Reply created =
        author.post(
            "/api/articles",
            json(
                Map.of(
                    "space",
                    space,
                    "title",
                    "退款流程",
                    "body",
                    "## 步骤\n1. 核对订单\n2. 提交**退款**申请",
                    "tags",
                    List.of("退款", "售后"))));

    assertEquals(201, created.status(), created.toString());
    String id = created.json().get("id").asText();
    assertEquals("/api/articles/" + id, URI.create(created.header("Location")).getPath());
    assertEquals(1, created.json().get("version").asInt());

    admin.grant(space, author.username(), "PUBLISH");
    Reply published = author.post("/api/articles/" + id + "/workflow/publish", "");
    assertEquals(200, published.status(), published.toString());
    assertEquals("PUBLISHED", published.json().get("status").asText());

    Reply read = admin.newUser("AGENT").get("/api/articles/" + id);
    assertEquals(200, read.status(), read.toString());
    JsonNode article = read.json();
    assertEquals(id, article.get("id").asText());
    assertEquals(space, article.get("space").asText());
    assertEquals("退款流程", article.get("title").asText());
    assertEquals("## 步骤\n1. 核对订单\n2. 提交**退款**申请", article.get("body").asText());
    assertEquals(List.of("退款", "售后"), Api.texts(article.get("tags")));
    assertEquals(1, article.get("version").asInt());
    assertEquals("PUBLISHED", article.get("status").asText());
    assertNotNull(read.header("ETag"));
    assertFalse(read.header("ETag").equals(created.header("ETag")), "publishing changes the ETag");
  }

  @Test
  void aSimplifiedQueryFindsATraditionalArticleWithAHighlightedSnippet() {
    String marker = uniqueWord();
    String id = publish("如何處理客戶投訴 " + marker, "客戶投訴時，請先安撫情緒，並在十分鐘內回覆。" + marker + " 退費須經主管核准。");

    Reply reply = admin.searchUntil("客户投诉 " + marker, r -> ids(r).contains(id), INDEXED_WITHIN);

    assertTrue(ids(reply).contains(id), reply.toString());
    JsonNode hit = hit(reply, id);
    assertEquals("如何處理客戶投訴 " + marker, hit.get("title").asText());
    assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
    assertTrue(reply.json().get("total").asLong() >= 1);
  }

  @Test
  void aTraditionalQueryFindsASimplifiedArticle() {
    String marker = uniqueWord();
    String id = publish("会员积分兑换 " + marker, "会员积分可以在个人中心兑换礼品。" + marker);

    Reply reply = admin.searchUntil("會員積分 " + marker, r -> ids(r).contains(id), INDEXED_WITHIN);

    assertTrue(ids(reply).contains(id), reply.toString());
    assertTrue(hit(reply, id).get("snippet").asText().contains("<mark>"));
  }

  @Test
  void aQueryTypedAsRawUtf8IsUnderstood() throws Exception {
    String marker = uniqueWord();
    String id = publish("原始编码 " + marker, "客户直接输入中文查询 " + marker);
    admin.searchUntil(marker, r -> ids(r).contains(id), INDEXED_WITHIN);

    // What curl sends for "…/api/search?q=客户输入" typed without percent-encoding.
    String response = rawGet("/api/search?q=客户输入+" + marker);

    assertTrue(response.startsWith("HTTP/1.1 200"), response);
    assertTrue(response.contains(id), response);
  }

  private String rawGet(String pathAndQuery) throws java.io.IOException {
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      String token =
          java.util.Base64.getEncoder()
              .encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
      String request =
          "GET "
              + pathAndQuery
              + " HTTP/1.1\r\nHost: "
              + base.getHost()
              + "\r\nAuthorization: Basic "
              + token
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void snippetsAreEscapedExceptForTheMarks() {
    String marker = uniqueWord();
    String id =
        publish(
            "Escaping " + marker,
            "Before <script>alert('x')</script> & \"quotes\" the word " + marker + " appears.");

    Reply reply = admin.searchUntil(marker, r -> ids(r).contains(id), INDEXED_WITHIN);

    String snippet = hit(reply, id).get("snippet").asText();
    assertFalse(snippet.contains("<script>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertTrue(snippet.contains("<mark>" + marker + "</mark>"), snippet);
    assertEquals(snippet.replaceAll("</?mark>", "").indexOf('<'), -1, snippet);
  }

  @Test
  void draftsAreNeitherSearchableNorVisibleToAgents() {
    String marker = uniqueWord();
    String space = newSpace();
    String draft = create(space, "草稿 " + marker, "尚未发布 " + marker);
    String published = publish("已发布 " + marker, "已经发布 " + marker);

    Reply reply = admin.searchUntil(marker, r -> ids(r).contains(published), INDEXED_WITHIN);

    assertTrue(ids(reply).contains(published));
    assertFalse(ids(reply).contains(draft));
    assertEquals(404, admin.newUser("AGENT").get("/api/articles/" + draft).status());
    assertEquals(200, admin.get("/api/articles/" + draft).status());
  }

  @Test
  void searchCatchesUpByItselfAfterAnElasticsearchOutage() {
    String marker = uniqueWord();
    TestNode.ready().kill();
    try {
      String space = newSpace();
      String id = create(space, "停机期间发布 " + marker, "索引恢复后必须能找到 " + marker);
      Reply published = admin.post("/api/articles/" + id + "/workflow/publish", "");
      assertEquals(200, published.status(), "publishing works while Elasticsearch is down");
      assertEquals(200, admin.get("/api/articles/" + id).status());
      Reply search = admin.get("/api/search?q=" + marker);
      assertEquals(503, search.status(), search.toString());
      assertEquals("application/problem+json", search.contentType());
      Reply health = Api.anonymous(base).get("/health/ready");
      assertEquals(503, health.status(), health.toString());
      assertEquals("DOWN", check(health, "elasticsearch"));
      assertEquals("UP", check(health, "database"));

      TestNode.ready().start();

      Reply found = admin.searchUntil(marker, r -> ids(r).contains(id), Duration.ofSeconds(60));
      assertTrue(ids(found).contains(id), "the index caught up: " + found);
    } finally {
      TestNode.restartIfDown();
    }
  }

  @Test
  void healthReportsTheDatabaseAndElasticsearchSeparately() {
    Reply health = Api.anonymous(base).get("/health/ready");

    assertEquals(200, health.status(), health.toString());
    List<String> names = new ArrayList<>();
    health.json().get("checks").forEach(c -> names.add(c.get("name").asText()));
    assertTrue(names.containsAll(List.of("database", "elasticsearch")), names.toString());
    health.json().get("checks").forEach(c -> assertEquals("UP", c.get("status").asText()));
  }

  @Test
  void semanticRetrievalLoadsInTheBackgroundAndNeverTakesTheInstanceOut() {
    eventually(
        "the embedding model to load inside Payara",
        Duration.ofSeconds(60),
        () -> {
          Reply health = Api.anonymous(base).get("/health/ready");
          assertEquals(200, health.status(), health.toString());
          JsonNode semantic = checkNode(health, "semantic-retrieval");
          assertEquals("UP", semantic.get("status").asText(), "UP in every state: " + semantic);
          String state = semantic.get("data").get("state").asText();
          assertTrue(List.of("loading", "ready").contains(state), semantic.toString());
          return state;
        },
        "ready"::equals);
  }

  @Test
  void openApiAndMetricsAreServed() {
    Reply openapi = Api.anonymous(base).get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/articles"), "documents the article endpoints");
    assertTrue(openapi.body().contains("/api/search"));

    Reply metrics = Api.anonymous(base).get("/metrics");
    assertEquals(200, metrics.status());
    assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"));
  }

  private String newSpace() {
    String key = Markers.spaceKey("S");
    Reply reply = admin.post("/api/spaces", json(Map.of("key", key, "name", "测试空间 " + key)));
    assertEquals(201, reply.status(), reply.toString());
    return key;
  }

  private String create(String space, String title, String body) {
    Reply reply =
        admin.post(
            "/api/articles",
            json(Map.of("space", space, "title", title, "body", body, "tags", List.of("测试"))));
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().get("id").asText();
  }

  private String publish(String title, String body) {
    String id = create(newSpace(), title, body);
    Reply reply = admin.post("/api/articles/" + id + "/workflow/publish", "");
    assertEquals(200, reply.status(), reply.toString());
    return id;
  }

  /** A Latin-letter word no other test uses, to find exactly this test's articles. */
  static String uniqueWord() {
    return "zq" + Markers.letters(10);
  }

  private static String check(Reply health, String name) {
    return checkNode(health, name).get("status").asText();
  }

  private static JsonNode checkNode(Reply health, String name) {
    for (JsonNode check : health.json().get("checks")) {
      if (check.get("name").asText().equals(name)) {
        return check;
      }
    }
    throw new AssertionError("no check " + name + " in " + health);
  }

  static List<String> ids(Reply reply) {
    List<String> ids = new ArrayList<>();
    if (reply.status() == 200) {
      reply.json().get("hits").forEach(h -> ids.add(h.get("id").asText()));
    }
    return ids;
  }

  static JsonNode hit(Reply reply, String id) {
    for (JsonNode hit : reply.json().get("hits")) {
      if (hit.get("id").asText().equals(id)) {
        return hit;
      }
    }
    throw new AssertionError("no hit " + id + " in " + reply);
  }
}
