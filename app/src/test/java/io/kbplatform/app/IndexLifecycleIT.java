package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Eventually.eventually;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.Fixtures;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.Markers;
import io.kbplatform.app.testsupport.ServerUrl;
import io.kbplatform.app.testsupport.TestNode;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.semantic.PackedVectors;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index lifecycle end to end, on the real server, database and Elasticsearch node: a rebuild
 * into a new index while searches keep finding everything, changes made during it survive the alias
 * swap; vectors stay out of what searches load and a rebuild reuses the stored ones; the
 * consistency check finds a document lost from the index and the repair restores it; a change the
 * index keeps rejecting becomes a dead letter that an administrator requeues.
 */
@KbServerTest
class IndexLifecycleIT {

  private static final String BASE = "/api/admin/search-index";
  private static final String ALIAS = "kb-articles";
  private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

  @ServerUrl URL url;

  private Api admin;
  private String space;
  private SearchCluster node;

  @BeforeEach
  void setUp() throws Exception {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    space = admin.newSpace();
    TestNode.ready();
    node = new SearchCluster(TestNode.url());
  }

  @AfterEach
  void closeNode() {
    node.close();
  }

  @Test
  void aRebuildKeepsSearchCompleteAndSwapsTheAliasAtomically() throws Exception {
    String marker = word();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String id =
          admin.newArticle(space, "重建测试 " + marker + " " + i, "正文 " + marker + " 第" + i + "篇");
      admin.publish(id);
      ids.add(id);
    }
    assertEquals(12, total(admin.searchUntil(marker, r -> total(r) == 12, INDEXED_WITHIN)));
    List<String> before = indices();

    // About twelve throttled batches, however many articles the run's shared database holds by
    // now: the rebuild runs long enough (~4 s) for the changes below, and no longer.
    long articles =
        require(admin.get(BASE + "/consistency"), 200).json().get("databaseArticles").asLong();
    int batchSize = (int) Math.max(2, (articles + 11) / 12);
    Reply started =
        require(
            admin.post(
                BASE + "/rebuilds", json(Map.of("batchSize", batchSize, "throttleMillis", 300))),
            202);
    assertNotNull(started.header("Location"));
    String progress = URI.create(started.header("Location")).getPath();
    assertEquals("RUNNING", started.json().get("state").asText());
    Reply second = admin.post(BASE + "/rebuilds", "{}");
    assertEquals(409, second.status(), second.toString());
    assertTrue(second.contentType().startsWith("application/problem+json"), second.toString());

    String fresh = word();
    assertEquals("RUNNING", state(progress), "the rebuild is still loading");
    Fixtures.revise(admin, ids.get(0), "重建期间修改 " + fresh, "正文 " + marker + " 新内容 " + fresh);
    admin.publish(ids.get(0));
    String brandNew = admin.newArticle(space, "重建期间发布 " + fresh, "正文 " + marker + " 新文章");
    admin.publish(brandNew);
    assertEquals("RUNNING", state(progress), "the changes were made while it ran");

    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    int searches = 0;
    while ("RUNNING".equals(state(progress)) && System.nanoTime() < deadline) {
      Reply during = admin.get("/api/search?q=" + marker);
      assertTrue(total(during) >= 12, "a search during the rebuild found too little: " + during);
      searches++;
    }
    assertTrue(searches > 0);
    JsonNode done = require(admin.get(progress), 200).json();
    assertEquals("COMPLETED", done.get("state").asText(), done.toString());
    assertEquals("DONE", done.get("phase").asText());
    assertEquals(100, done.get("percent").asInt());
    assertEquals(done.get("total").asInt(), done.get("indexed").asInt());
    assertTrue(done.get("total").asInt() >= 12);

    String rebuilt = done.get("index").asText();
    assertEquals(List.of(rebuilt), indices(), "the alias points to the new index only");
    for (String old : before) {
      assertFalse(node.client().indices().exists(e -> e.index(old)).value(), old + " is deleted");
    }
    assertEquals(13, total(admin.searchUntil(marker, r -> total(r) == 13, INDEXED_WITHIN)));
    Reply edited = admin.searchUntil(fresh, r -> total(r) == 2, INDEXED_WITHIN);
    assertEquals(2, total(edited), "the edit and the new article made during the rebuild survive");
    List<String> editedIds = Fixtures.ids(edited.json().get("hits"));
    assertTrue(editedIds.containsAll(List.of(ids.get(0), brandNew)), editedIds.toString());

    JsonNode recent = require(admin.get(BASE + "/rebuilds"), 200).json();
    assertEquals(done.get("id").asLong(), recent.get(0).get("id").asLong());
    assertEquals(404, admin.get(BASE + "/rebuilds/987654321").status());
    Api agent = admin.newUser("AGENT");
    assertEquals(403, agent.get(BASE + "/rebuilds").status());
    assertEquals(403, agent.post(BASE + "/rebuilds", "{}").status());
  }

  @Test
  void searchesNeverLoadVectorsAndARebuildReusesTheStoredVectorsOfAnUnchangedArticle()
      throws Exception {
    String marker = word();
    String id = admin.newArticle(space, "向量复用 " + marker, "退款申请提交后三个工作日内到账。" + marker);
    admin.publish(id);
    assertEquals(1, total(admin.searchUntil(marker, r -> total(r) == 1, INDEXED_WITHIN)));
    GetResponse<ObjectNode> indexed =
        eventually(
            "the article's passages embedded",
            Duration.ofSeconds(90),
            () -> stored(id),
            d -> d.found() && d.source().has("content_hash"));

    ObjectNode source = indexed.source();
    assertFalse(source.has("chunk_vectors"), "no vectors in _source: " + source);
    JsonNode chunks = source.get("chunks");
    assertTrue(chunks.size() >= 1, source.toString());
    chunks.forEach(c -> assertFalse(c.has("vector"), "no vectors in _source: " + c));
    List<float[]> vectors = PackedVectors.unpack(packed(indexed));
    assertEquals(chunks.size(), vectors.size(), "one stored vector per passage");
    assertEquals(512, vectors.get(0).length);

    // Vectors the model would never compute: after the rebuild the article still has them only
    // if the rebuild took them from the stored field instead of embedding the text again.
    List<float[]> planted = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      float[] unit = new float[512];
      unit[i % 512] = 1f;
      planted.add(unit);
    }
    ObjectNode replanted = source.deepCopy();
    for (int i = 0; i < chunks.size(); i++) {
      ArrayNode vector = ((ObjectNode) replanted.get("chunks").get(i)).putArray("vector");
      for (float v : planted.get(i)) {
        vector.add(v);
      }
    }
    replanted.put("chunk_vectors", PackedVectors.pack(planted));
    node.client()
        .index(
            i ->
                i.index(ALIAS)
                    .id(id)
                    .version(source.get("version").asLong())
                    .versionType(VersionType.ExternalGte)
                    .refresh(Refresh.True)
                    .document(replanted));

    String progress =
        eventually(
                "a rebuild started (none running)",
                Duration.ofSeconds(60),
                () -> admin.post(BASE + "/rebuilds", "{}"),
                r -> r.status() == 202)
            .header("Location");
    JsonNode done =
        eventually(
            "the rebuild finished",
            Duration.ofSeconds(120),
            () -> require(admin.get(URI.create(progress).getPath()), 200).json(),
            r -> !"RUNNING".equals(r.get("state").asText()));
    assertEquals("COMPLETED", done.get("state").asText(), done.toString());

    GetResponse<ObjectNode> rebuilt = stored(id);
    assertEquals(done.get("index").asText(), rebuilt.index());
    List<float[]> reused = PackedVectors.unpack(packed(rebuilt));
    assertEquals(planted.size(), reused.size());
    for (int i = 0; i < planted.size(); i++) {
      assertArrayEquals(planted.get(i), reused.get(i), "passage " + i + " kept its vector");
    }
  }

  /** The document as a rebuild reads it: its source and the stored packed vectors. */
  private GetResponse<ObjectNode> stored(String id) {
    try {
      return node.client()
          .get(
              g -> g.index(ALIAS).id(id).storedFields("chunk_vectors").source(s -> s.fetch(true)),
              ObjectNode.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String packed(GetResponse<ObjectNode> document) {
    JsonData field = document.fields().get("chunk_vectors");
    assertNotNull(field, "chunk_vectors is stored: " + document.fields());
    return field.toJson().asJsonArray().getString(0);
  }

  @Test
  void theConsistencyCheckFindsALostDocumentAndTheRepairRestoresIt() throws Exception {
    String marker = word();
    String id = admin.newArticle(space, "一致性检查 " + marker, "正文 " + marker);
    admin.publish(id);
    assertEquals(1, total(admin.searchUntil(marker, r -> total(r) == 1, INDEXED_WITHIN)));

    // Lost from the index. Deleted at the indexed version (external_gte), as a lost document
    // leaves no newer tombstone behind that would refuse the repair for index.gc_deletes (60 s).
    node.client()
        .delete(
            d ->
                d.index(ALIAS)
                    .id(id)
                    .version(1L)
                    .versionType(VersionType.ExternalGte)
                    .refresh(Refresh.True));
    JsonNode report = require(admin.get(BASE + "/consistency"), 200).json();

    assertFalse(report.get("consistent").asBoolean(), report.toString());
    assertEquals(List.of(id), Api.texts(report.get("missing")), report.toString());
    JsonNode repair = require(admin.post(BASE + "/consistency/repair", "{}"), 200).json();
    assertEquals(1, repair.get("queued").asInt(), repair.toString());
    assertEquals(1, total(admin.searchUntil(marker, r -> total(r) == 1, INDEXED_WITHIN)));
    JsonNode after = consistentWithin(Duration.ofSeconds(30));
    assertTrue(after.get("consistent").asBoolean(), after.toString());
    assertEquals(0, after.get("missingCount").asInt());
  }

  @Test
  void aChangeTheIndexRejectsBecomesADeadLetterThatCanBeRequeued() throws Exception {
    String marker = word();
    String id = admin.newArticle(space, "死信测试 " + marker, "正文 " + marker);
    // The index now sends every write through an ingest pipeline that does not exist: rejected.
    node.client()
        .indices()
        .putSettings(p -> p.index(ALIAS).settings(s -> s.defaultPipeline("kb-it-missing")));
    try {
      admin.publish(id);

      JsonNode failing = waitFor(BASE + "/outbox/failures", id, Duration.ofSeconds(20));
      assertTrue(failing.get("rejections").asInt() >= 1, failing.toString());
      assertTrue(failing.get("lastError").asText().contains("pipeline"), failing.toString());
      JsonNode dead = waitFor(BASE + "/outbox/dead", id, Duration.ofSeconds(90));
      assertEquals("DEAD", dead.get("status").asText());
      assertEquals(4, dead.get("rejections").asInt(), "KB_INDEXER_MAX_ATTEMPTS (app/pom.xml)");
      assertEquals(0, total(admin.get("/api/search?q=" + marker)));
    } finally {
      node.client()
          .indices()
          .putSettings(p -> p.index(ALIAS).settings(s -> s.defaultPipeline("_none")));
    }
    JsonNode dead = waitFor(BASE + "/outbox/dead", id, Duration.ofSeconds(1));
    Reply retried =
        require(admin.post(BASE + "/outbox/dead/" + dead.get("id").asLong() + "/retry", "{}"), 200);
    assertEquals("PENDING", retried.json().get("status").asText());
    assertEquals(0, retried.json().get("attempts").asInt());

    assertEquals(1, total(admin.searchUntil(marker, r -> total(r) == 1, INDEXED_WITHIN)));
    assertFalse(
        Fixtures.ids(require(admin.get(BASE + "/outbox/dead"), 200).json()).stream()
            .anyMatch(e -> e.equals(dead.get("id").asText())));
    assertEquals(
        404,
        admin.post(BASE + "/outbox/dead/" + dead.get("id").asLong() + "/retry", "{}").status());
  }

  private JsonNode waitFor(String path, String articleId, Duration within) {
    return eventually(
            "an event for " + articleId + " in " + path,
            within,
            () -> event(require(admin.get(path + "?limit=500"), 200).json(), articleId),
            Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<JsonNode> event(JsonNode page, String articleId) {
    for (JsonNode e : page.get("items")) {
      if (articleId.equals(e.get("aggregateId").asText())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private JsonNode consistentWithin(Duration within) {
    return eventually(
        "the index to be consistent with the database",
        within,
        () -> require(admin.get(BASE + "/consistency"), 200).json(),
        report -> report.get("consistent").asBoolean());
  }

  private String state(String progress) {
    return require(admin.get(progress), 200).json().get("state").asText();
  }

  private List<String> indices() {
    return Api.texts(require(admin.get(BASE), 200).json().get("indices"));
  }

  private static int total(Reply search) {
    return search.json().path("total").asInt();
  }

  private static String word() {
    return "rb" + Markers.letters(8);
  }
}
