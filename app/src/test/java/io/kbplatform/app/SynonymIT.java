package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Eventually.eventually;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.Markers;
import io.kbplatform.app.testsupport.ServerUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Synonyms managed through the API, end to end on the real server, database and Elasticsearch node:
 * a set applies to the very next search and stops applying when deleted, a space's set only works
 * in its space, and only those allowed may see and change sets.
 */
@KbServerTest
class SynonymIT {

  private static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

  @ServerUrl URL url;

  private Api admin;
  private Api author;
  private Api agent;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    author = admin.newUser("AUTHOR");
    agent = admin.newUser("AGENT");
  }

  @Test
  void aGlobalSetAppliesToTheNextSearchAndStopsWhenDeleted() {
    String space = admin.newSpace();
    String word = Markers.marker("cashback");
    String article = published(space, "返现到账说明", "客户申请返现后，返现金额在三个工作日内发放到账户。");
    searchable(article, "返现");
    assertFalse(found(agent, word).contains(article), "no synonym yet");

    Reply created = require(createSet(author, null, "返现", "现金回馈", word), 201);

    assertTrue(
        created.header("Location").endsWith("/api/synonyms/" + created.json().get("id").asText()));
    assertTrue(created.header("ETag").contains(created.json().get("id").asText()));
    assertFalse(created.json().hasNonNull("space"), "a global set has no space");
    assertFalse(created.json().hasNonNull("starter"), "an author's own set");
    assertTrue(found(agent, "现金回馈").contains(article), "Simplified synonym, no waiting");
    assertTrue(found(agent, "現金回饋").contains(article), "Traditional synonym");
    assertTrue(found(agent, word).contains(article), "English synonym");
    assertTrue(found(agent, fullWidth(word)).contains(article), "full-width synonym");
    JsonNode hit = hit(agent, word, article);
    assertTrue(
        hit.get("snippet").asText().contains("<mark>"), "the synonym is highlighted: " + hit);

    require(author.delete("/api/synonyms/" + created.json().get("id").asText()), 204);

    assertFalse(found(agent, word).contains(article), "the set is gone at once");
  }

  @Test
  void theStarterSetIsThereFromTheFirstStartAsOrdinaryGlobalSets() {
    List<JsonNode> starter = starterSets();

    assertTrue(starter.size() >= 150, "the starter set is loaded: " + starter.size());
    JsonNode refund = withTerm(starter, "refund");
    assertTrue(Api.texts(refund.get("terms")).containsAll(List.of("退款", "退费", "refund")));
    assertFalse(refund.hasNonNull("space"), "global");
    String space = admin.newSpace();
    String article = published(space, "漫游开通说明 " + Markers.marker("r"), "出国前请先开通国际漫游，资费按目的地计算。");
    searchable(article, "国际漫游");

    assertTrue(found(agent, "international roaming").contains(article), "English finds Chinese");
  }

  @Test
  void anAdministratorReloadsOnlyTheMissingStarterSetsAndKeepsEditedOnes() {
    JsonNode deleted = withTerm(starterSets(), "broadband");
    JsonNode edited = withTerm(starterSets(), "voicemail");
    String editedPath = "/api/synonyms/" + edited.get("id").asText();
    String extra = Markers.marker("vm");
    List<String> editedTerms = new ArrayList<>(Api.texts(edited.get("terms")));
    editedTerms.add(extra);
    require(
        author.send(
            "PUT",
            editedPath,
            json(Map.of("terms", editedTerms)),
            "If-Match",
            require(author.get(editedPath), 200).header("ETag")),
        200);
    require(author.delete("/api/synonyms/" + deleted.get("id").asText()), 204);
    assertFalse(starterKeys().contains(deleted.get("starter").asText()), "deleted");

    assertEquals(403, author.post("/api/admin/synonyms/starter-set", "").status());
    Reply loaded = require(admin.post("/api/admin/synonyms/starter-set", ""), 200);

    assertTrue(loaded.json().get("added").asInt() >= 1, loaded.toString());
    assertTrue(loaded.json().get("kept").asInt() >= 150, loaded.toString());
    JsonNode back = withTerm(starterSets(), "broadband");
    assertNotEquals(deleted.get("id").asText(), back.get("id").asText(), "added anew");
    assertEquals(Api.texts(deleted.get("terms")), Api.texts(back.get("terms")));
    assertEquals(editedTerms, Api.texts(require(author.get(editedPath), 200).json().get("terms")));
    Reply again = require(admin.post("/api/admin/synonyms/starter-set", ""), 200);
    assertEquals(0, again.json().get("added").asInt(), "nothing is missing now: " + again);
  }

  @Test
  void aSpaceSetOnlyFindsArticlesOfItsSpace() {
    String mine = admin.newSpace();
    String other = admin.newSpace();
    String text = "旅客可在列车开车前办理改签，改签后原车票作废。";
    String inMine = published(mine, "改签须知", text);
    String inOther = published(other, "改签须知", text);
    searchable(inMine, "改签");
    searchable(inOther, "改签");
    assertFalse(found(agent, "rebooking").contains(inMine), "no synonyms yet");

    Reply created = require(createSet(author, mine, "改签", "rebooking"), 201);

    List<String> hits = found(agent, "rebooking");
    assertTrue(hits.contains(inMine), "the space's synonym finds its article: " + hits);
    assertFalse(hits.contains(inOther), "the same text in another space is not found through it");
    String id = created.json().get("id").asText();
    assertTrue(ids(require(agent.get("/api/synonyms?space=" + mine), 200)).contains(id));
    assertFalse(ids(require(agent.get("/api/synonyms?space=" + other), 200)).contains(id));
    assertFalse(ids(require(agent.get("/api/synonyms"), 200)).contains(id), "not a global set");
  }

  @Test
  void onlyAuthorsChangeGlobalSetsAndOnlyEditorsASpacesSets() {
    String open = admin.newSpace();
    String closed = restrictedSpace();
    Api viewer = admin.newUser("AUTHOR");
    admin.grant(closed, viewer.username(), "VIEW");
    String closedSet =
        require(createSet(admin, closed, "投诉", "complaint"), 201).json().get("id").asText();

    Reply byAgent = createSet(agent, null, "会员", "VIP");
    assertEquals(403, byAgent.status());
    assertEquals("application/problem+json", byAgent.contentType());
    assertEquals(403, createSet(agent, open, "会员", "VIP").status());
    assertEquals(201, createSet(admin.newUser("TRAINER"), null, "积分", "points").status());

    assertEquals(404, author.get("/api/synonyms?space=" + closed).status());
    assertEquals(404, author.get("/api/synonyms/" + closedSet).status());
    assertEquals(404, createSet(author, closed, "投诉", "complaint").status());
    assertEquals(404, author.delete("/api/synonyms/" + closedSet).status());
    assertEquals(200, viewer.get("/api/synonyms/" + closedSet).status());
    assertEquals(403, createSet(viewer, closed, "投诉", "申诉").status(), "viewing is not editing");
    assertEquals(403, viewer.delete("/api/synonyms/" + closedSet).status());
    assertEquals(404, createSet(author, "NOSUCHSPACE", "投诉", "complaint").status());
  }

  @Test
  void changesNeedTheCurrentVersion() {
    Reply created = require(createSet(author, null, "工单", "ticket"), 201);
    String path = "/api/synonyms/" + created.json().get("id").asText();
    String etag = require(author.get(path), 200).header("ETag");
    String body = json(Map.of("terms", List.of("工单", "ticket", "case")));

    assertEquals(428, author.send("PUT", path, body).status());
    Reply saved = require(author.send("PUT", path, body, "If-Match", etag), 200);
    Reply stale = author.send("PUT", path, body, "If-Match", etag);

    assertNotEquals(etag, saved.header("ETag"));
    assertEquals(List.of("工单", "ticket", "case"), Api.texts(saved.json().get("terms")));
    assertEquals(author.username(), saved.json().get("updatedBy").asText());
    assertEquals(412, stale.status());
    assertEquals("application/problem+json", stale.contentType());
    Reply moved =
        author.send(
            "PUT",
            path,
            json(Map.of("space", admin.newSpace(), "terms", List.of("工单", "ticket"))),
            "If-Match",
            saved.header("ETag"));
    assertEquals(400, moved.status(), "a set stays in its scope");
    require(author.delete(path), 204);
    assertEquals(404, author.get(path).status());
    JsonNode audit =
        require(
                admin.get("/api/admin/audit?action=SYNONYMS_CHANGED&actor=" + author.username()),
                200)
            .json()
            .get("items");
    assertEquals(3, audit.size(), "created, changed, deleted: " + audit);
  }

  @Test
  void badSetsAreRefusedWithAProblem() {
    for (Reply bad :
        List.of(
            createSet(author, null, "退款"),
            createSet(author, null, "退款", " "),
            createSet(author, null, "退款", "x".repeat(51)),
            createSet(author, null, "VIP", "vip"),
            author.post(
                "/api/synonyms", json(Map.of("space", "not a key", "terms", List.of("a", "b")))),
            author.post("/api/synonyms", "{\"terms\": [\"退款\", "))) {
      assertEquals(400, bad.status(), bad.toString());
      assertEquals("application/problem+json", bad.contentType());
    }
  }

  private String published(String space, String title, String body) {
    String id = author.newArticle(space, title, body);
    author.publish(id);
    return id;
  }

  /** Waits until the article is indexed (among the first 100 hits: other tests share the words). */
  private void searchable(String article, String query) {
    eventually(
        "'" + query + "' to find " + article,
        INDEXED_WITHIN,
        () -> found(agent, query),
        hits -> hits.contains(article));
  }

  private static List<String> found(Api api, String query) {
    return hitIds(
        require(
            api.get("/api/search?limit=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
            200));
  }

  private static JsonNode hit(Api api, String query, String article) {
    JsonNode hits =
        require(
                api.get(
                    "/api/search?limit=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                200)
            .json()
            .path("hits");
    for (JsonNode hit : hits) {
      if (hit.get("id").asText().equals(article)) {
        return hit;
      }
    }
    throw new AssertionError(article + " not found by " + query + ": " + hits);
  }

  private static List<String> hitIds(Reply reply) {
    List<String> ids = new ArrayList<>();
    reply.json().path("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static List<String> ids(Reply list) {
    List<String> ids = new ArrayList<>();
    list.json().get("items").forEach(s -> ids.add(s.get("id").asText()));
    return ids;
  }

  /** The global sets that came from the starter set. */
  private List<JsonNode> starterSets() {
    List<JsonNode> sets = new ArrayList<>();
    require(agent.get("/api/synonyms"), 200)
        .json()
        .get("items")
        .forEach(
            s -> {
              if (s.hasNonNull("starter")) {
                sets.add(s);
              }
            });
    return sets;
  }

  private List<String> starterKeys() {
    return starterSets().stream().map(s -> s.get("starter").asText()).toList();
  }

  private static JsonNode withTerm(List<JsonNode> sets, String term) {
    return sets.stream()
        .filter(s -> Api.texts(s.get("terms")).contains(term))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no starter set with " + term));
  }

  private static String fullWidth(String latin) {
    StringBuilder wide = new StringBuilder();
    latin.chars().forEach(c -> wide.append((char) (c - 0x21 + 0xFF01)));
    return wide.toString();
  }

  private static Reply createSet(Api api, String space, String... terms) {
    Map<String, Object> body = new HashMap<>();
    body.put("space", space);
    body.put("terms", List.of(terms));
    return api.post("/api/synonyms", json(body));
  }

  private String restrictedSpace() {
    String key = Markers.spaceKey("R");
    require(
        admin.post(
            "/api/spaces", json(Map.of("key", key, "name", "受限 " + key, "restricted", true))),
        201);
    return key;
  }
}
