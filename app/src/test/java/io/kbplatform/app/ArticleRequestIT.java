package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Fixtures.find;
import static io.kbplatform.app.testsupport.Fixtures.ids;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Article requests end to end, over HTTP, on the real server and database: an agent whose search
 * found nothing asks for an article, the authors of the space see it with how many asked, resolve
 * it, and the agent sees what became of it; nothing reaches authors who may not edit the space.
 */
@KbServerTest
class ArticleRequestIT {

  private static final String REQUESTS = "/api/article-requests";

  @ServerUrl URL url;

  private Api admin;
  private Api author;
  private String space;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    space = admin.newSpace();
    // everyone reads the space; only the author (and administrators) may edit it
    require(
        admin.put(
            "/api/spaces/" + space + "/grants",
            json(Map.of("principalType", "EVERYONE", "level", "VIEW"))),
        200);
    author = admin.newUser("AUTHOR");
    admin.grant(space, author.username(), "EDIT");
  }

  private static Reply ask(Api asker, String query, String note, String space) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", query);
    if (note != null) {
      body.put("note", note);
    }
    if (space != null) {
      body.put("space", space);
    }
    return asker.post(REQUESTS, json(body));
  }

  private static String asked(Api asker, String query, String space) {
    return require(ask(asker, query, null, space), 201).json().get("id").asText();
  }

  private static Reply resolve(Api editor, String id, Map<String, Object> body) {
    return editor.post(REQUESTS + "/" + id + "/resolve", json(body));
  }

  /** A query no other test asks, so that requests for every space do not meet across tests. */
  private static String unique(String query) {
    return query + " " + Markers.unique("");
  }

  @Test
  void anAgentsRequestReachesTheAuthorsOfTheSpaceAndTheSameQueryAddsToTheCount() {
    Api amy = admin.newUser("AGENT");
    Api ben = admin.newUser("AGENT");
    String tag = Markers.unique("");

    Reply first = require(ask(amy, "VIP 会员  退款流程 " + tag, "客户问了两次", space), 201);
    String id = first.json().get("id").asText();
    assertTrue(first.header("Location").endsWith(REQUESTS + "/" + id), first.header("Location"));
    assertEquals("VIP 会员 退款流程 " + tag, first.json().get("query").asText());
    assertEquals("OPEN", first.json().get("status").asText());
    assertEquals(1, first.json().get("askers").asLong());
    assertEquals("客户问了两次", first.json().get("note").asText());
    Reply second = require(ask(ben, "  ｖｉｐ\u3000会员 退款流程 " + tag.toUpperCase(), null, space), 201);
    Reply again = ask(amy, "vip 会员 退款流程 " + tag, "再问一次", space);

    assertEquals(id, second.json().get("id").asText(), "the same normalised query joins it");
    assertEquals(2, second.json().get("askers").asLong());
    assertEquals(200, again.status(), "asking twice is no duplicate: " + again);
    assertEquals(id, again.json().get("id").asText());
    assertEquals(2, again.json().get("askers").asLong());
    assertEquals("客户问了两次", again.json().get("note").asText(), "the first ask stands");
    JsonNode item = find(require(author.get(REQUESTS + "?status=OPEN"), 200).json(), "id", id);
    assertEquals(2, item.get("askers").asLong(), "asked by 2 people: " + item);
    assertEquals(space, item.get("space").asText());
    assertEquals(amy.username(), item.get("requestedBy").asText());
    assertEquals("客户问了两次", item.get("note").asText());
    assertFalse(item.has("askedBy"), "lists carry the count, not the names");
    JsonNode one = require(author.get(REQUESTS + "/" + id), 200).json();
    assertEquals(
        List.of(amy.username(), ben.username()),
        List.of(
            one.get("askedBy").get(0).get("username").asText(),
            one.get("askedBy").get(1).get("username").asText()));
    JsonNode seenByBen = require(ben.get(REQUESTS + "/" + id), 200).json();
    assertFalse(seenByBen.has("askedBy"), "askers do not see who else asked: " + seenByBen);
    assertFalse(seenByBen.has("requestedBy"));
    assertFalse(seenByBen.has("note"), "ben's own ask had no note");
    assertEquals(403, amy.get(REQUESTS).status(), "agents do not list requests");
  }

  @Test
  void theSameQueryInAnotherSpaceOrInEverySpaceIsAnotherRequest() {
    Api agent = admin.newUser("AGENT");
    String query = unique("宽带报修");

    String here = asked(agent, query, space);
    String everywhere = asked(agent, query, null);

    assertNotEquals(here, everywhere);
    JsonNode mine = require(agent.get(REQUESTS + "/mine"), 200).json();
    assertEquals(List.of(everywhere, here), ids(mine), "newest first");
    assertFalse(find(mine, "id", everywhere).has("space"));
    JsonNode list = author.get(REQUESTS).json();
    assertEquals(Set.of(here, everywhere), Set.copyOf(idsAsking(list, query)), list.toString());
    assertEquals(List.of(here), ids(author.get(REQUESTS + "?space=" + space).json()));
  }

  @Test
  void nothingReachesAnAuthorWhoMayNotEditTheSpace() {
    Api agent = admin.newUser("AGENT");
    Api reader = admin.newUser("AUTHOR"); // reads the space, may not edit it
    String id = asked(agent, unique("内部折扣审批"), space);
    String global = asked(agent, unique("话费充值失败"), null);

    JsonNode list = require(reader.get(REQUESTS), 200).json();
    assertFalse(ids(list).contains(id), "not in the list: " + list);
    assertTrue(ids(list).contains(global), "requests for every space reach every author");
    assertEquals(404, reader.get(REQUESTS + "/" + id).status());
    Reply tries = resolve(reader, id, Map.of("status", "DONE"));
    assertEquals(404, tries.status(), tries.toString());
    assertEquals("application/problem+json", tries.contentType());
    assertEquals(403, reader.get(REQUESTS + "?space=" + space).status());
    assertEquals(404, admin.newUser("AGENT").get(REQUESTS + "/" + id).status());
    assertEquals(403, resolve(agent, id, Map.of("status", "DONE")).status());
    assertEquals("OPEN", author.get(REQUESTS + "/" + id).json().get("status").asText());
  }

  @Test
  void aSpaceTheAskerMayNotReadIsNotFound() {
    String hidden = Markers.spaceKey("H");
    require(
        admin.post("/api/spaces", json(Map.of("key", hidden, "name", "内部", "restricted", true))),
        201);
    Api agent = admin.newUser("AGENT");

    Reply hiddenSpace = ask(agent, "内部流程", null, hidden);
    Reply noSpace = ask(agent, "内部流程", null, "NOSUCHSPACE");

    assertEquals(404, hiddenSpace.status(), hiddenSpace.toString());
    assertEquals(404, noSpace.status(), noSpace.toString());
    assertEquals(List.of(), ids(agent.get(REQUESTS + "/mine").json()));
  }

  @Test
  void anAuthorResolvesAndTheAgentSeesWhatBecameOfIt() {
    Api agent = admin.newUser("AGENT");
    String query = unique("积分兑换规则");
    String id = asked(agent, query, space);
    String article = author.newArticle(space, "积分兑换规则", "## 规则\n100 积分兑换 1 元");
    author.publish(article);

    Reply done =
        resolve(author, id, Map.of("status", "DONE", "comment", "已写好，见新文章", "articleId", article));

    assertEquals(200, done.status(), done.toString());
    assertEquals("DONE", done.json().get("status").asText());
    assertEquals(author.username(), done.json().get("resolvedBy").asText());
    JsonNode mine = find(require(agent.get(REQUESTS + "/mine"), 200).json(), "id", id);
    assertEquals("DONE", mine.get("status").asText());
    assertEquals("已写好，见新文章", mine.get("comment").asText());
    assertEquals(article, mine.get("articleId").asText());
    assertEquals(author.username(), mine.get("resolvedBy").asText());
    assertTrue(mine.has("resolvedAt") && mine.has("askedAt"), mine.toString());
    Reply twice = resolve(author, id, Map.of("status", "DECLINED"));
    assertEquals(409, twice.status(), twice.toString());
    assertEquals("application/problem+json", twice.contentType());
    assertEquals(List.of(id), ids(author.get(REQUESTS + "?status=DONE&space=" + space).json()));
    assertEquals(List.of(), ids(author.get(REQUESTS + "?status=OPEN&space=" + space).json()));
    String later = asked(agent, query, space);
    assertNotEquals(id, later, "a resolved request is closed: asking again opens a new one");
  }

  @Test
  void aDeclinedRequestShowsTheCommentButNotAnArticleTheAgentMayNotRead() {
    Api agent = admin.newUser("AGENT");
    String id = asked(agent, unique("大客户折扣"), space);
    String draft = author.newArticle(space, "大客户折扣（草稿）", "尚未发布");

    require(
        resolve(
            author, id, Map.of("status", "DECLINED", "comment", "草稿中，暂不公开", "articleId", draft)),
        200);

    JsonNode mine = find(agent.get(REQUESTS + "/mine").json(), "id", id);
    assertEquals("DECLINED", mine.get("status").asText());
    assertEquals("草稿中，暂不公开", mine.get("comment").asText());
    assertFalse(mine.has("articleId"), "a draft stays invisible to the agent: " + mine);
    assertEquals(draft, author.get(REQUESTS + "/" + id).json().get("articleId").asText());
  }

  @Test
  void badInputIsAProblemWithTheFieldNamed() {
    Api agent = admin.newUser("AGENT");
    String id = asked(agent, unique("发票重开"), space);

    Reply malformed = agent.post(REQUESTS, "{\"query\": ");
    Reply blank = ask(agent, "   ", null, space);
    Reply tooLong = ask(agent, "退".repeat(301), null, space);
    Reply longNote = ask(agent, "退款", "注".repeat(2001), space);
    Reply badSpace = ask(agent, "退款", null, "not a key");
    Reply unknownStatus = resolve(author, id, Map.of("status", "MAYBE"));
    Reply noStatus = resolve(author, id, Map.of("comment", "好"));
    Reply longComment = resolve(author, id, Map.of("status", "DONE", "comment", "长".repeat(501)));
    Reply noSuchArticle =
        resolve(author, id, Map.of("status", "DONE", "articleId", UUID.randomUUID().toString()));

    assertEquals(400, malformed.status(), malformed.toString());
    assertEquals("application/problem+json", malformed.contentType());
    assertField(blank, "query");
    assertField(tooLong, "query");
    assertField(longNote, "note");
    assertField(badSpace, "space");
    assertField(unknownStatus, "status");
    assertField(noStatus, "status");
    assertField(longComment, "comment");
    assertEquals(400, noSuchArticle.status(), noSuchArticle.toString());
    assertTrue(noSuchArticle.json().get("detail").asText().contains("articleId"));
    assertEquals(400, author.get(REQUESTS + "?status=DONE_ALREADY").status());
    assertEquals(400, author.get(REQUESTS + "?after=nonsense").status());
    assertEquals(
        404, resolve(author, UUID.randomUUID().toString(), Map.of("status", "DONE")).status());
    assertEquals("OPEN", author.get(REQUESTS + "/" + id).json().get("status").asText());
  }

  /** The ids of the requests in a list that ask exactly this query. */
  private static List<String> idsAsking(JsonNode list, String query) {
    List<String> ids = new ArrayList<>();
    for (JsonNode item : list.has("items") ? list.get("items") : list) {
      if (item.path("query").asText().equals(query)) {
        ids.add(item.get("id").asText());
      }
    }
    return ids;
  }

  private static void assertField(Reply reply, String field) {
    assertEquals(400, reply.status(), reply.toString());
    assertEquals("application/problem+json", reply.contentType());
    assertEquals(field, reply.json().get("errors").get(0).get("field").asText(), reply.toString());
  }

  @Test
  void theListIsPagedWithALinkToTheNextPage() {
    for (int i = 0; i < 3; i++) {
      asked(admin.newUser("AGENT"), "第 " + i + " 个问题：资费", space);
    }

    Reply first = require(author.get(REQUESTS + "?space=" + space + "&limit=2"), 200);
    assertEquals(2, first.json().get("items").size());
    String link = first.header("Link");
    assertTrue(link != null && link.endsWith("; rel=\"next\""), String.valueOf(link));
    URI next = URI.create(first.json().get("next").asText());
    Reply second = require(author.get(next.getRawPath() + "?" + next.getRawQuery()), 200);
    assertEquals(1, second.json().get("items").size());
    assertNull(second.header("Link"));
    assertFalse(ids(first.json()).contains(ids(second.json()).get(0)));
  }

  @Test
  void theEndpointsAreInTheOpenApiDocument() {
    Reply openapi = Api.anonymous(URI.create(url.toString()).resolve("/")).get("/openapi");

    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/article-requests/{requestId}/resolve"));
    assertTrue(openapi.body().contains("/api/article-requests/mine"));
  }

  @Test
  void theRequestListsNameTheAnsweringArticleOnlyToThoseWhoMayReadIt() {
    Api agent = admin.newUser("AGENT");
    String answered = asked(agent, unique("话费返还"), space);
    String declined = asked(agent, unique("内部返还"), space);
    String article = author.newArticle(space, "话费返还说明", "## 规则\n次月返还");
    author.publish(article);
    String draft = author.newArticle(space, "内部返还草稿", "尚未发布");
    require(resolve(author, answered, Map.of("status", "DONE", "articleId", article)), 200);
    require(resolve(author, declined, Map.of("status", "DECLINED", "articleId", draft)), 200);

    Reply mine = require(agent.get(REQUESTS + "/mine"), 200);
    assertEquals("话费返还说明", find(mine.json(), "id", answered).get("articleTitle").asText());
    assertFalse(find(mine.json(), "id", declined).has("articleTitle"), mine.toString());
    assertFalse(mine.body().contains("内部返还草稿"), "a draft's title never reaches the agent");
    JsonNode handled =
        find(author.get(REQUESTS + "?status=DONE&space=" + space).json(), "id", answered);
    assertEquals("话费返还说明", handled.get("articleTitle").asText());
    Api outsider = admin.newUser("AGENT");
    assertFalse(require(outsider.get(REQUESTS + "/mine"), 200).body().contains("话费返还说明"));
  }
}
