package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Fixtures.find;
import static io.kbplatform.app.testsupport.Fixtures.ids;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.Fixtures;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.ServerUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feedback end to end, over HTTP, on the real server and database: votes and their counts, flags,
 * the owner's inbox and its states, the reporter's view of replies, and that nothing leaks from
 * articles a caller may not read.
 */
@KbServerTest
class FeedbackIT {

  @ServerUrl URL url;

  private Api admin;
  private Api owner;
  private String space;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    space = admin.newSpace();
    owner = admin.newUser("AUTHOR");
  }

  private String publishedArticle(String title) {
    String id = owner.newArticle(space, title, "## 步骤\n1. 核对订单号\n2. 在系统中提交申请");
    owner.publish(id);
    return id;
  }

  private static Reply give(Api reader, String article, String kind, String reason, String text) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    if (reason != null) {
      body.put("reason", reason);
    }
    if (text != null) {
      body.put("comment", text);
    }
    return reader.post("/api/articles/" + article + "/feedback", json(body));
  }

  private static String given(Api reader, String article, String kind, String reason, String text) {
    Reply reply = require(give(reader, article, kind, reason, text), 201);
    return reply.json().get("id").asText();
  }

  @Test
  void votesAreCountedAndALaterVoteReplacesTheEarlierOne() {
    String article = publishedArticle("退款流程");
    Api amy = admin.newUser("AGENT");
    Api ben = admin.newUser("AGENT");
    Api cai = admin.newUser("AGENT");

    Reply first = require(give(amy, article, "HELPFUL", null, null), 201);
    given(ben, article, "HELPFUL", null, null);
    given(cai, article, "NOT_HELPFUL", "OUTDATED", null);
    given(amy, article, "NOT_HELPFUL", "UNCLEAR", null);

    assertEquals(1, first.json().get("version").asInt());
    assertTrue(first.json().get("counted").asBoolean());
    assertTrue(first.header("Location").contains("/api/feedback/"));
    JsonNode summary =
        require(cai.get("/api/articles/" + article + "/feedback/summary"), 200).json();
    assertEquals(1, summary.get("helpful").asLong(), summary.toString());
    assertEquals(2, summary.get("notHelpful").asLong(), "amy's vote was replaced, not added");
    assertEquals(0, summary.get("flags").asLong());
    assertEquals(0, summary.get("openItems").asLong(), "bare votes are no items");
    assertEquals(1, summary.get("reasons").get("OUTDATED").asLong());
    assertEquals(1, summary.get("reasons").get("UNCLEAR").asLong());
    assertEquals(0, summary.get("reasons").get("INCORRECT").asLong());
    assertEquals(1.0 / 3, summary.get("helpfulRatio").asDouble(), 1e-9);
    JsonNode mine = require(amy.get("/api/feedback/mine"), 200).json();
    assertEquals(1, mine.get("items").size(), "only the current vote stands: " + mine);
    assertEquals("NOT_HELPFUL", mine.get("items").get(0).get("kind").asText());
    assertEquals(404, amy.get("/api/feedback/" + first.json().get("id").asText()).status());
  }

  @Test
  void aFlagNeedsACommentAndAReason() {
    String article = publishedArticle("会员等级说明");
    Api agent = admin.newUser("AGENT");

    Reply noComment = give(agent, article, "FLAG", "INCORRECT", null);
    Reply noReason = give(agent, article, "NOT_HELPFUL", null, null);
    Reply noKind = agent.post("/api/articles/" + article + "/feedback", json(Map.of()));
    Reply tooLong = give(agent, article, "FLAG", "INCORRECT", "错".repeat(2001));

    assertEquals(400, noComment.status(), noComment.toString());
    assertEquals("application/problem+json", noComment.contentType());
    assertTrue(noComment.json().get("detail").asText().contains("comment"), noComment.toString());
    assertEquals(400, noReason.status(), noReason.toString());
    assertTrue(noReason.json().get("detail").asText().contains("reason"));
    assertEquals(400, noKind.status(), noKind.toString());
    assertEquals("kind", noKind.json().get("errors").get(0).get("field").asText());
    assertEquals(400, tooLong.status(), tooLong.toString());
    assertEquals("comment", tooLong.json().get("errors").get(0).get("field").asText());
    JsonNode summary = agent.get("/api/articles/" + article + "/feedback/summary").json();
    assertEquals(0, summary.get("flags").asLong());
    assertFalse(summary.has("helpfulRatio"), "no ratio without votes: " + summary);
  }

  @Test
  void draftsTakeNoFeedback() {
    String draft = owner.newArticle(space, "草稿：新政策", "尚未发布");

    assertEquals(409, give(owner, draft, "HELPFUL", null, null).status());
    assertEquals(404, give(admin.newUser("AGENT"), draft, "HELPFUL", null, null).status());
  }

  @Test
  void theInboxShowsFlagsAndCommentsToTheOwnerAndPublishersOnly() {
    String article = publishedArticle("积分兑换规则");
    Api agent = admin.newUser("AGENT");
    Api publisher = admin.newUser("AUTHOR");
    admin.grant(space, publisher.username(), "PUBLISH");
    Api stranger = admin.newUser("AUTHOR");
    String flag = given(agent, article, "FLAG", "OUTDATED", "兑换比例已经改为 100:1");
    String comment = given(agent, article, "HELPFUL", null, "步骤很清楚，谢谢");
    String bareVote = given(admin.newUser("AGENT"), article, "NOT_HELPFUL", "UNCLEAR", null);

    JsonNode inbox = require(owner.get("/api/feedback/inbox"), 200).json();
    assertEquals(List.of(comment, flag), ids(inbox), "newest first, no bare votes");
    JsonNode item = find(inbox, "id", flag);
    assertEquals("NEW", item.get("state").asText());
    assertEquals(agent.username(), item.get("reporter").asText());
    assertEquals("兑换比例已经改为 100:1", item.get("comment").asText());
    assertEquals(
        List.of(comment, flag),
        ids(publisher.get("/api/feedback/inbox").json()),
        "a publisher of the space sees what its owner sees");
    assertFalse(ids(publisher.get("/api/feedback/inbox").json()).contains(bareVote));
    assertEquals(List.of(), ids(require(stranger.get("/api/feedback/inbox"), 200).json()));
    assertEquals(List.of(), ids(agent.get("/api/feedback/inbox").json()));
    assertEquals(403, stranger.post("/api/feedback/" + flag + "/acknowledge", "{}").status());
    assertEquals(403, agent.post("/api/feedback/" + flag + "/acknowledge", "{}").status());
    JsonNode summary = agent.get("/api/articles/" + article + "/feedback/summary").json();
    assertEquals(2, summary.get("openItems").asLong());
    assertEquals(1, summary.get("flags").asLong());
  }

  @Test
  void theOwnerAcknowledgesAndResolvesAndTheReporterSeesTheReply() {
    String article = publishedArticle("话费充值失败处理");
    Api agent = admin.newUser("AGENT");
    String flag = given(agent, article, "FLAG", "INCORRECT", "客服热线号码写错了");

    Reply acknowledged =
        owner.post("/api/feedback/" + flag + "/acknowledge", json(Map.of("reply", "收到，正在核实")));
    assertEquals(200, acknowledged.status(), acknowledged.toString());
    assertEquals("ACKNOWLEDGED", acknowledged.json().get("state").asText());
    JsonNode mine = find(agent.get("/api/feedback/mine").json(), "id", flag);
    assertEquals("ACKNOWLEDGED", mine.get("state").asText());
    assertEquals("收到，正在核实", mine.get("reply").asText());
    assertEquals(owner.username(), mine.get("repliedBy").asText());

    assertEquals(400, owner.post("/api/feedback/" + flag + "/resolve", "{}").status());
    Reply resolved =
        owner.post("/api/feedback/" + flag + "/resolve", json(Map.of("reply", "已更正为 10086")));
    assertEquals(200, resolved.status(), resolved.toString());
    mine = find(agent.get("/api/feedback/mine").json(), "id", flag);
    assertEquals("RESOLVED", mine.get("state").asText());
    assertEquals("已更正为 10086", mine.get("reply").asText());
    assertTrue(mine.has("repliedAt"));

    Reply back = owner.post("/api/feedback/" + flag + "/acknowledge", "{}");
    assertEquals(409, back.status(), back.toString());
    assertEquals("application/problem+json", back.contentType());
    assertEquals(
        409,
        owner.post("/api/feedback/" + flag + "/resolve", json(Map.of("reply", "再次"))).status());
    assertEquals(List.of(flag), ids(owner.get("/api/feedback/inbox?state=RESOLVED").json()));
    assertEquals(List.of(), ids(owner.get("/api/feedback/inbox?state=NEW").json()));
    assertEquals(400, owner.get("/api/feedback/inbox?state=DONE").status());
    assertEquals(
        0,
        agent
            .get("/api/articles/" + article + "/feedback/summary")
            .json()
            .get("openItems")
            .asLong());
  }

  @Test
  void feedbackOnARestrictedArticleStaysWithThoseWhoMayReadIt() {
    String article = publishedArticle("内部：大客户折扣权限");
    Api member = admin.newUser("AGENT");
    Api outsider = admin.newUser("AGENT");
    Api publisherOutside = admin.newUser("AUTHOR");
    admin.grant(space, publisherOutside.username(), "PUBLISH");
    Fixtures.restrict(admin, article, Fixtures.newGroup(admin, member));
    String flag = given(member, article, "FLAG", "MISSING_INFORMATION", "缺少审批人说明");

    Reply outsiderGives = give(outsider, article, "FLAG", "OTHER", "试探");
    assertEquals(404, outsiderGives.status(), outsiderGives.toString());
    assertEquals(404, outsider.get("/api/articles/" + article + "/feedback/summary").status());
    assertEquals(404, outsider.get("/api/feedback/" + flag).status());
    assertEquals(List.of(), ids(outsider.get("/api/feedback/mine").json()));
    assertEquals(List.of(), ids(outsider.get("/api/feedback/inbox").json()));
    assertFalse(outsider.get("/api/feedback/inbox").body().contains(article));
    assertFalse(ids(publisherOutside.get("/api/feedback/inbox").json()).contains(flag));
    assertEquals(
        404, publisherOutside.post("/api/feedback/" + flag + "/acknowledge", "{}").status());
    assertEquals(List.of(flag), ids(owner.get("/api/feedback/inbox").json()));
    assertEquals(List.of(flag), ids(member.get("/api/feedback/mine").json()));
    assertEquals(200, member.get("/api/feedback/" + flag).status());
  }

  @Test
  void theInboxIsPagedWithALinkToTheNextPage() {
    String article = publishedArticle("宽带报修流程");
    for (int i = 0; i < 3; i++) {
      given(admin.newUser("AGENT"), article, "FLAG", "OUTDATED", "第 " + i + " 条：资费已变");
    }

    Reply first = require(owner.get("/api/feedback/inbox?limit=2"), 200);
    assertEquals(2, first.json().get("items").size());
    String link = first.header("Link");
    assertTrue(link != null && link.endsWith("; rel=\"next\""), String.valueOf(link));
    URI next = URI.create(first.json().get("next").asText());
    Reply second = require(owner.get(next.getRawPath() + "?" + next.getRawQuery()), 200);
    assertEquals(1, second.json().get("items").size());
    assertNull(second.header("Link"));
    assertFalse(ids(first.json()).contains(ids(second.json()).get(0)));
    assertEquals(400, owner.get("/api/feedback/inbox?after=nonsense").status());
  }

  @Test
  void deletingAnArticleDeletesItsFeedback() {
    String article = publishedArticle("即将删除的文章");
    Api agent = admin.newUser("AGENT");
    String flag = given(agent, article, "FLAG", "OUTDATED", "已经过时");

    require(admin.delete("/api/articles/" + article), 204);

    assertEquals(List.of(), ids(agent.get("/api/feedback/mine").json()));
    assertEquals(404, admin.get("/api/feedback/" + flag).status());
  }

  @Test
  void theNewEndpointsAreInTheOpenApiDocument() {
    Reply openapi = Api.anonymous(URI.create(url.toString()).resolve("/")).get("/openapi");

    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/articles/{id}/feedback"), "documents feedback");
    assertTrue(openapi.body().contains("/api/feedback/inbox"));
    assertTrue(openapi.body().contains("/api/acknowledgements/pending"));
    assertTrue(openapi.body().contains("/api/articles/{id}/mandatory"));
  }

  @Test
  void feedbackListsNameTheArticleAsEachCallerMayReadItAndNothingMore() {
    String article = publishedArticle("宽带资费说明");
    Api agent = admin.newUser("AGENT");
    Api outsider = admin.newUser("AGENT");
    String flag = given(agent, article, "FLAG", "OUTDATED", "资费已变");
    Reply current = require(owner.get("/api/articles/" + article), 200);
    require(
        owner.send(
            "PUT",
            "/api/articles/" + article,
            json(Map.of("title", "宽带资费说明 草稿标题", "body", "新版资费")),
            "If-Match",
            current.header("ETag")),
        200);

    JsonNode inbox = find(require(owner.get("/api/feedback/inbox"), 200).json(), "id", flag);
    assertEquals("宽带资费说明 草稿标题", inbox.get("articleTitle").asText(), "the owner: latest");
    assertEquals(space, inbox.get("articleSpace").asText());
    Reply mine = require(agent.get("/api/feedback/mine"), 200);
    JsonNode item = find(mine.json(), "id", flag);
    assertEquals("宽带资费说明", item.get("articleTitle").asText(), "a reader: the published title");
    assertEquals(space, item.get("articleSpace").asText());
    assertFalse(mine.body().contains("草稿标题"), "a draft's title never reaches a reader");

    Fixtures.restrict(admin, article, Fixtures.newGroup(admin, owner));
    Reply after = require(agent.get("/api/feedback/mine"), 200);
    assertFalse(after.body().contains("宽带资费说明"), "no title once the reader may not read it");
    assertFalse(require(outsider.get("/api/feedback/mine"), 200).body().contains(article));
    assertFalse(require(outsider.get("/api/feedback/inbox"), 200).body().contains("宽带资费说明"));
  }
}
