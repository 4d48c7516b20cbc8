package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The knowledge-base core over HTTP against the real database and Elasticsearch: categories,
 * templates, versions with If-Match, compare and restore, the review workflow, archiving,
 * verification and the audit log.
 */
@KbServerTest
class KnowledgeBaseIT {

  static final Duration INDEXED_WITHIN = Duration.ofSeconds(30);

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
  void categoriesFormAnOrderedTreeThatPublishersReshape() {
    String space = admin.newSpace();
    String after = id(admin.post(cats(space), json(Map.of("name", "售后"))));
    String before = id(admin.post(cats(space), json(Map.of("name", "售前", "position", 0))));
    String refunds = id(admin.post(cats(space), json(Map.of("name", "退款", "parentId", after))));

    JsonNode tree = admin.get(cats(space)).json();
    assertEquals(List.of("售前", "售后"), names(tree));
    assertEquals(List.of("退款"), names(tree.get(1).get("children")));

    Reply moved = admin.put("/api/categories/" + refunds, json(Map.of("parentId", before)));
    assertEquals(200, moved.status(), moved.toString());
    assertEquals(List.of("退款"), names(admin.get(cats(space)).json().get(0).get("children")));

    Reply loop = admin.put("/api/categories/" + before, json(Map.of("parentId", refunds)));
    assertEquals(400, loop.status(), "a category cannot move under its own child");

    Api author = admin.newUser("AUTHOR");
    Reply notAllowed = author.post(cats(space), json(Map.of("name", "x")));
    assertEquals(403, notAllowed.status(), "authors write articles, publishers shape the tree");

    Reply filed =
        admin.post(
            "/api/articles",
            json(Map.of("space", space, "category", refunds, "title", "退款时限", "body", "七天内")));
    assertEquals(refunds, filed.json().get("category").asText());
    assertEquals(409, admin.delete("/api/categories/" + refunds).status(), "not while in use");
    assertEquals(204, admin.delete("/api/categories/" + after).status());
    String elsewhere = admin.newSpace();
    String article = filed.json().get("id").asText();
    Reply wrongCategory =
        admin.post(
            "/api/articles/" + article + "/move",
            json(Map.of("space", elsewhere, "category", before)));
    assertEquals(400, wrongCategory.status(), "a category of another space");
    Reply movedArticle =
        admin.post("/api/articles/" + article + "/move", json(Map.of("category", before)));
    assertEquals(before, movedArticle.json().get("category").asText());
  }

  @Test
  void aTemplatePrefillsANewArticle() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    JsonNode templates = author.get("/api/templates").json();
    assertEquals(4, templates.size());

    Reply created =
        author.post(
            "/api/articles", json(Map.of("space", space, "template", "KCS", "title", "打印机无法连接")));

    assertEquals(201, created.status(), created.toString());
    String body = created.json().get("body").asText();
    for (String heading : List.of("Issue", "Environment", "Resolution", "Cause")) {
      assertTrue(body.contains(heading), body);
    }
    assertEquals("KCS", created.json().get("template").asText());
  }

  @Test
  void updatesNeedTheCurrentEtagSoTwoEditorsNeverOverwriteEachOther() {
    String space = admin.newSpace();
    Api amy = admin.newUser("AUTHOR");
    Api bo = admin.newUser("AUTHOR");
    Reply created = amy.post("/api/articles", article(space, "退款流程", "第一版"));
    String id = created.json().get("id").asText();
    String etag = created.header("ETag");

    Reply noPrecondition = bo.put("/api/articles/" + id, article(space, "退款流程", "改"));
    assertEquals(428, noPrecondition.status(), noPrecondition.toString());
    assertEquals("application/problem+json", noPrecondition.contentType());

    Reply first =
        bo.send("PUT", "/api/articles/" + id, update("退款流程", "博的修改", "补充步骤"), "If-Match", etag);
    assertEquals(200, first.status(), first.toString());
    assertEquals(2, first.json().get("version").asInt());
    assertNotEquals(etag, first.header("ETag"));

    Reply stale =
        amy.send("PUT", "/api/articles/" + id, update("退款流程", "艾米的修改", null), "If-Match", etag);
    assertEquals(412, stale.status(), "the second editor is told, not silently overwritten");
    assertEquals("博的修改", amy.get("/api/articles/" + id).json().get("body").asText());
    assertEquals(
        412,
        amy.send("PUT", "/api/articles/" + id, update("t", "b", null), "If-Match", "\"garbage\"")
            .status());

    JsonNode versions = amy.get("/api/articles/" + id + "/versions").json();
    assertEquals(2, versions.size());
    assertEquals("补充步骤", versions.get(0).get("changeNote").asText());
    assertEquals(bo.username(), versions.get(0).get("author").asText());
  }

  @Test
  void anyTwoVersionsCompareCharacterByCharacterAndOldOnesCanBeRestored() {
    String space = admin.newSpace();
    Reply created = admin.post("/api/articles", article(space, "服务标准", "客户很满意 the quick fox"));
    String id = created.json().get("id").asText();
    Reply second =
        admin.send(
            "PUT",
            "/api/articles/" + id,
            update("服务标准", "客户非常满意 the slow fox", null),
            "If-Match",
            created.header("ETag"));

    JsonNode diff = admin.get("/api/articles/" + id + "/versions/compare?from=1&to=2").json();
    List<String> changes = new ArrayList<>();
    diff.get("body").forEach(s -> changes.add(s.get("op").asText() + ":" + s.get("text").asText()));
    assertTrue(changes.contains("delete:很"), changes.toString());
    assertTrue(changes.contains("insert:非常"), changes.toString());
    assertTrue(
        changes.contains("delete:quick") && changes.contains("insert:slow"), changes.toString());
    assertTrue(changes.contains("equal:满意 the "), changes.toString());

    Reply restored =
        admin.send(
            "POST",
            "/api/articles/" + id + "/versions/1/restore",
            null,
            "If-Match",
            second.header("ETag"));
    assertEquals(200, restored.status(), restored.toString());
    assertEquals(3, restored.json().get("version").asInt());
    assertEquals("客户很满意 the quick fox", restored.json().get("body").asText());
    assertEquals(3, admin.get("/api/articles/" + id + "/versions").json().size());
  }

  @Test
  void authorsSubmitPublishersApproveAndThePublishedVersionStaysLiveMeanwhile() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    admin.grant(space, publisher.username(), "PUBLISH");
    Api agent = admin.newUser("AGENT");
    String marker = Markers.unique("wf");
    Reply created = author.post("/api/articles", article(space, "投诉处理 " + marker, "第一版 " + marker));
    String id = created.json().get("id").asText();

    assertEquals(200, author.post(wf(id, "submit"), "").status());
    assertEquals(403, author.post(wf(id, "approve"), "{}").status(), "authors cannot approve");
    assertEquals(400, publisher.post(wf(id, "reject"), "{}").status(), "a rejection says why");
    Reply rejected = publisher.post(wf(id, "reject"), json(Map.of("comment", "请补充时限")));
    assertEquals("DRAFT", rejected.json().get("status").asText());
    author.post(wf(id, "submit"), "");
    Reply approved = publisher.post(wf(id, "approve"), json(Map.of("comment", "好")));
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("PUBLISHED", approved.json().get("status").asText());

    Reply draft2 =
        author.send(
            "PUT",
            "/api/articles/" + id,
            update("投诉处理 " + marker, "第二版 " + marker, null),
            "If-Match",
            approved.header("ETag"));
    assertEquals(200, draft2.status(), draft2.toString());
    author.post(wf(id, "submit"), "");

    JsonNode seenByAgent = agent.get("/api/articles/" + id).json();
    assertEquals("第一版 " + marker, seenByAgent.get("body").asText(), "readers see what is live");
    assertEquals(1, seenByAgent.get("version").asInt());
    assertEquals("IN_REVIEW", author.get("/api/articles/" + id).json().get("status").asText());
    assertEquals("第二版 " + marker, author.get("/api/articles/" + id).json().get("body").asText());
    assertEquals(
        403, agent.get("/api/articles/" + id + "/versions/2").status(), "drafts are for editors");
    Reply found =
        agent.searchUntil(marker, r -> r.json().path("total").asInt() == 1, INDEXED_WITHIN);
    assertTrue(found.json().get("hits").get(0).get("snippet").asText().contains("第一版"));

    JsonNode history = author.get(wf(id, "")).json();
    List<String> steps = new ArrayList<>();
    history.forEach(e -> steps.add(e.get("action").asText()));
    assertEquals(List.of("SUBMIT", "REJECT", "SUBMIT", "APPROVE", "SUBMIT"), steps);
    assertEquals("请补充时限", history.get(1).get("comment").asText());
  }

  @Test
  void archivedArticlesLeaveSearchAndReadersUntilUnarchived() {
    String space = admin.newSpace();
    Api agent = admin.newUser("AGENT");
    String marker = Markers.unique("ar");
    String id = admin.newArticle(space, "旧政策 " + marker, "旧的退货政策 " + marker);
    admin.publish(id);
    agent.searchUntil(marker, r -> r.json().path("total").asInt() == 1, INDEXED_WITHIN);

    assertEquals(200, admin.post(wf(id, "archive"), json(Map.of("comment", "过时"))).status());
    Reply gone =
        agent.searchUntil(marker, r -> r.json().path("total").asInt() == 0, INDEXED_WITHIN);
    assertEquals(0, gone.json().get("total").asInt());
    assertEquals(404, agent.get("/api/articles/" + id).status());
    Reply asked = admin.get("/api/search?archived=true&q=" + marker);
    assertEquals(1, asked.json().get("total").asInt(), "editors can still find it when they ask");
    assertEquals(
        409,
        admin
            .send(
                "PUT",
                "/api/articles/" + id,
                update("x", "y", null),
                "If-Match",
                admin.get("/api/articles/" + id).header("ETag"))
            .status());

    admin.post(wf(id, "unarchive"), "");
    assertEquals(200, agent.get("/api/articles/" + id).status());
  }

  @Test
  void lapsedArticlesNeedReviewLandInTheOwnersQueueAndVerifyingResetsTheClock() {
    String space = admin.newSpace();
    Api owner = admin.newUser("AUTHOR");
    String marker = Markers.unique("vr");
    String lapsing = reviewed(space, owner, marker, 0);
    String current = reviewed(space, owner, marker, 180);

    assertTrue(admin.post("/api/reviews/check", "").json().get("marked").asInt() >= 1);
    JsonNode article = owner.get("/api/articles/" + lapsing).json();
    assertTrue(article.get("needsReview").asBoolean());
    assertFalse(owner.get("/api/articles/" + current).json().get("needsReview").asBoolean());
    assertTrue(idsOf(owner.get("/api/reviews/mine").json()).contains(lapsing));
    assertTrue(idsOf(admin.get("/api/reviews/expiring?space=" + space).json()).contains(lapsing));
    assertFalse(idsOf(admin.newUser("AUTHOR").get("/api/reviews/mine").json()).contains(lapsing));

    Api agent = admin.newUser("AGENT");
    Reply ranked =
        agent.searchUntil(
            marker,
            r ->
                r.json().path("hits").size() == 2
                    && r.json().get("hits").get(1).get("needsReview").asBoolean(),
            INDEXED_WITHIN);
    JsonNode hits = ranked.json().get("hits");
    assertEquals(
        current, hits.get(0).get("id").asText(), "an equal match that needs review ranks lower");
    assertEquals(lapsing, hits.get(1).get("id").asText());
    assertTrue(hits.get(1).get("needsReview").asBoolean(), "and is visibly marked");

    Reply stranger = admin.newUser("AUTHOR").post(wf(lapsing, "verify"), "");
    assertEquals(403, stranger.status(), "only the owner or a publisher verifies");
    Reply verified = owner.post(wf(lapsing, "verify"), "");
    assertEquals(200, verified.status(), verified.toString());
    assertFalse(verified.json().get("needsReview").asBoolean());
    assertEquals(
        owner.username(), owner.get("/api/articles/" + lapsing).json().get("verifiedBy").asText());
  }

  private String reviewed(String space, Api owner, String marker, int days) {
    Reply created =
        admin.post(
            "/api/articles",
            json(
                Map.of(
                    "space",
                    space,
                    "title",
                    "每日核对 " + marker,
                    "body",
                    "核对内容 " + marker,
                    "owner",
                    owner.username(),
                    "reviewIntervalDays",
                    days)));
    String id = created.json().get("id").asText();
    admin.publish(id);
    return id;
  }

  @Test
  void publishingPermissionChangesDeletionsAndLoginsAreAudited() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    author.get("/api/spaces");
    admin.grant(space, author.username(), "ADMINISTER");
    String id = author.newArticle(space, "审计", "正文");
    admin.publish(id);
    assertEquals(204, author.delete("/api/articles/" + id).status());
    assertEquals(404, admin.get("/api/articles/" + id).status());
    Api.anonymous(base).as(author.username(), "wrong-password").get("/api/spaces");

    JsonNode log = admin.get("/api/admin/audit?limit=500").json().get("items");
    List<String> entries = new ArrayList<>();
    log.forEach(
        e ->
            entries.add(
                e.get("action").asText()
                    + " "
                    + e.get("actor").asText()
                    + " "
                    + e.path("targetId").asText()));
    assertTrue(entries.contains("ARTICLE_PUBLISHED admin " + id), entries.toString());
    assertTrue(entries.contains("ARTICLE_DELETED " + author.username() + " " + id));
    assertTrue(entries.contains("GRANT_CHANGED admin " + space));
    assertTrue(entries.contains("LOGIN_SUCCEEDED " + author.username() + " " + author.username()));
    assertTrue(entries.contains("LOGIN_FAILED " + author.username() + " " + author.username()));
    assertEquals(403, author.get("/api/admin/audit").status(), "administrators only");
  }

  @Test
  void aGroupStillNamedByAGrantIsNotDeleted() {
    String space = admin.newSpace();
    String group = Markers.unique("g-");
    assertEquals(
        201, admin.post("/api/admin/groups", json(Map.of("key", group, "name", "二线"))).status());
    admin.put(
        "/api/spaces/" + space + "/grants",
        json(Map.of("principalType", "GROUP", "principal", group, "level", "VIEW")));

    Reply refused = admin.delete("/api/admin/groups/" + group);
    assertEquals(409, refused.status(), refused.toString());
    assertTrue(refused.json().get("detail").asText().contains("remove those first"));

    assertEquals(
        204,
        admin
            .delete("/api/spaces/" + space + "/grants?principalType=GROUP&principal=" + group)
            .status());
    assertEquals(204, admin.delete("/api/admin/groups/" + group).status());
    assertEquals(404, admin.get("/api/admin/groups/" + group).status());
  }

  private static String cats(String space) {
    return "/api/spaces/" + space + "/categories";
  }

  private static String wf(String id, String step) {
    return "/api/articles/" + id + "/workflow" + (step.isEmpty() ? "" : "/" + step);
  }

  private static String article(String space, String title, String body) {
    return json(Map.of("space", space, "title", title, "body", body));
  }

  private static String update(String title, String body, String note) {
    return note == null
        ? json(Map.of("title", title, "body", body))
        : json(Map.of("title", title, "body", body, "changeNote", note));
  }

  private static String id(Reply reply) {
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().get("id").asText();
  }

  private static List<String> names(JsonNode nodes) {
    List<String> names = new ArrayList<>();
    nodes.forEach(n -> names.add(n.get("name").asText()));
    return names;
  }

  static List<String> idsOf(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(n -> ids.add(n.get("id").asText()));
    assertNotNull(page);
    return ids;
  }

  @Test
  void approvalsAcrossSpacesAreOneListOfWhatWaitsForTheCallerAndNothingOfOtherSpaces() {
    String first = admin.newSpace();
    String second = admin.newSpace();
    String elsewhere = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    admin.grant(first, publisher.username(), "PUBLISH");
    admin.grant(second, publisher.username(), "PUBLISH");
    Api outsider = admin.newUser("AUTHOR");
    admin.grant(elsewhere, outsider.username(), "PUBLISH");
    String older = id(author.post("/api/articles", article(first, "退款审批", "待审 一")));
    String newer = id(author.post("/api/articles", article(second, "换货审批", "待审 二")));
    String draft = id(author.post("/api/articles", article(first, "未提交", "草稿")));
    assertEquals(200, author.post(wf(older, "submit"), "").status());
    assertEquals(200, author.post(wf(newer, "submit"), "").status());

    Reply all = publisher.get("/api/work/approvals");
    assertEquals(200, all.status(), all.toString());
    assertEquals(List.of(newer, older), idsOf(all.json()), "both spaces, newest first, no draft");
    assertEquals("IN_REVIEW", all.json().get("items").get(0).get("status").asText());
    assertEquals(second, all.json().get("items").get(0).get("space").asText());
    Reply page = publisher.get("/api/work/approvals?limit=1");
    assertEquals(List.of(newer), idsOf(page.json()));
    assertTrue(String.valueOf(page.header("Link")).endsWith("; rel=\"next\""));
    URI next = URI.create(page.json().get("next").asText());
    Reply rest = publisher.get(next.getRawPath() + "?" + next.getRawQuery());
    assertEquals(List.of(older), idsOf(rest.json()));
    assertFalse(rest.json().has("next"), rest.toString());

    Reply outside = outsider.get("/api/work/approvals");
    assertEquals(200, outside.status(), outside.toString());
    assertEquals(List.of(), idsOf(outside.json()), "a publisher of another space sees nothing");
    assertFalse(outside.body().contains("退款审批") || outside.body().contains(draft));
    assertEquals(List.of(), idsOf(author.get("/api/work/approvals").json()), "authors approve not");
    assertEquals(400, publisher.get("/api/work/approvals?after=nonsense").status());
    assertTrue(idsOf(admin.get("/api/work/approvals?limit=200").json()).contains(newer));
  }

  @Test
  void myDraftsSayWhoReturnedOneAndWhyInTheSameList() {
    String space = admin.newSpace();
    Api author = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    admin.grant(space, publisher.username(), "PUBLISH");
    String returned = id(author.post("/api/articles", article(space, "被退回的稿", "第一版")));
    String plain = id(author.post("/api/articles", article(space, "普通草稿", "草稿")));
    String waiting = id(author.post("/api/articles", article(space, "待审的稿", "待审")));
    author.post(wf(returned, "submit"), "");
    author.post(wf(waiting, "submit"), "");
    Reply rejected = publisher.post(wf(returned, "reject"), json(Map.of("comment", "请补充时限")));
    assertEquals(200, rejected.status(), rejected.toString());

    Reply drafts = author.get("/api/work/drafts");
    assertEquals(200, drafts.status(), drafts.toString());
    assertEquals(List.of(returned, plain), idsOf(drafts.json()), "drafts only, newest first");
    JsonNode back = drafts.json().get("items").get(0).get("returned");
    assertEquals(publisher.username(), back.get("by").asText());
    assertEquals("请补充时限", back.get("comment").asText());
    assertEquals(1, back.get("version").asInt());
    assertNotNull(back.get("at"));
    assertEquals("被退回的稿", drafts.json().get("items").get(0).get("title").asText());
    assertFalse(drafts.json().get("items").get(1).has("returned"), "never sent back");
    assertEquals(List.of(waiting), idsOf(author.get("/api/work/drafts?status=IN_REVIEW").json()));

    author.post(wf(returned, "submit"), "");
    assertEquals(List.of(plain), idsOf(author.get("/api/work/drafts").json()));
    assertEquals(
        List.of(returned, waiting),
        idsOf(author.get("/api/work/drafts?status=IN_REVIEW").json()),
        "a resubmitted draft waits again");
    Api outsider = admin.newUser("AUTHOR");
    assertEquals(List.of(), idsOf(outsider.get("/api/work/drafts").json()), "only my own drafts");
    assertEquals(400, author.get("/api/work/drafts?status=PUBLISHED").status());
    String openapi = Api.anonymous(base).get("/openapi").body();
    assertTrue(openapi.contains("/api/work/drafts") && openapi.contains("/api/work/approvals"));
  }
}
