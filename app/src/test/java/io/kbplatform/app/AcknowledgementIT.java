package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Fixtures.find;
import static io.kbplatform.app.testsupport.Fixtures.ids;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Read and acknowledge end to end, over HTTP, on the real server and database: mandatory articles
 * per group, the pending list, acknowledging, significant republication asking everyone again, and
 * the report for publishers.
 */
@KbServerTest
class AcknowledgementIT {

  @ServerUrl URL url;

  private Api admin;
  private Api publisher;
  private String space;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    space = admin.newSpace();
    publisher = admin.newUser("AUTHOR");
    admin.grant(space, publisher.username(), "PUBLISH");
  }

  /** A published article mandatory for the groups. */
  private String mandatoryArticle(String title, String... groups) {
    String id = publisher.newArticle(space, title, "## 新规定\n所有坐席必须在通话开始时核实身份。");
    require(mandatory(publisher, id, groups), 200);
    Fixtures.publish(publisher, id, false);
    return id;
  }

  private static Reply mandatory(Api caller, String article, String... groups) {
    return caller.put(
        "/api/articles/" + article + "/mandatory", json(Map.of("groups", List.of(groups))));
  }

  private static Reply acknowledge(Api reader, String article) {
    return reader.post("/api/articles/" + article + "/acknowledgement", "");
  }

  private static JsonNode pending(Api reader) {
    return require(reader.get("/api/acknowledgements/pending"), 200).json();
  }

  @Test
  void aMemberAcknowledgesOnceAndOnlyASignificantChangeAsksAgain() {
    Api amy = admin.newUser("AGENT");
    Api ben = admin.newUser("AGENT");
    String group = Fixtures.newGroup(admin, amy, ben);
    String article = mandatoryArticle("身份核验新规", group);

    JsonNode waiting = find(pending(amy), "article", article);
    assertEquals("身份核验新规", waiting.get("title").asText());
    assertEquals(1, waiting.get("version").asInt());
    assertEquals(1, waiting.get("requiredSince").asInt());

    Reply first = acknowledge(amy, article);
    Reply again = acknowledge(amy, article);
    assertEquals(201, first.status(), first.toString());
    assertEquals(200, again.status(), again.toString());
    assertEquals(first.json().get("id"), again.json().get("id"), "the same record");
    assertEquals(1, first.json().get("version").asInt());
    assertFalse(ids(pending(amy)).contains(article));

    Fixtures.revise(publisher, article, "身份核验新规", "## 新规定\n修正了错别字。");
    Fixtures.publish(publisher, article, false);
    assertFalse(ids(pending(amy)).contains(article), "a minor change asks nobody again");
    assertEquals(2, find(pending(ben), "article", article).get("version").asInt());

    Fixtures.revise(publisher, article, "身份核验新规（修订）", "## 新规定\n核验改为两项信息。");
    Fixtures.publish(publisher, article, true);
    JsonNode again3 = find(pending(amy), "article", article);
    assertEquals(3, again3.get("requiredSince").asInt());
    assertEquals(1, again3.get("lastAcknowledgedVersion").asInt());
    assertEquals("身份核验新规（修订）", again3.get("title").asText());
    assertEquals(3, require(acknowledge(amy, article), 201).json().get("version").asInt());
    assertFalse(ids(pending(amy)).contains(article));
  }

  @Test
  void theReportCountsReadersOfTheMandatoryGroups() {
    Api amy = admin.newUser("AGENT");
    Api ben = admin.newUser("AGENT");
    Api cai = admin.newUser("AGENT");
    Api outsider = admin.newUser("AGENT");
    String tier2 = Fixtures.newGroup(admin, amy, ben);
    String site = Fixtures.newGroup(admin, ben, cai);
    String article = mandatoryArticle("投诉升级流程", tier2, site);
    Fixtures.restrict(admin, article, tier2);
    require(acknowledge(amy, article), 201);

    JsonNode report =
        require(publisher.get("/api/articles/" + article + "/acknowledgements/report"), 200).json();
    assertEquals(2, report.get("required").asInt(), "cai may not read it: " + report);
    assertEquals(1, report.get("acknowledged").asInt());
    assertEquals(1, report.get("pending").asInt());
    assertTrue(
        find(report.get("members"), "username", amy.username()).get("acknowledged").asBoolean());
    assertEquals(1, find(report.get("members"), "username", amy.username()).get("version").asInt());
    assertFalse(
        find(report.get("members"), "username", ben.username()).get("acknowledged").asBoolean());
    assertFalse(report.get("members").toString().contains(cai.username()));
    assertFalse(ids(pending(cai)).contains(article), "cai may not read it");
    assertEquals(404, acknowledge(cai, article).status());
    assertEquals(404, acknowledge(outsider, article).status());

    Fixtures.revise(publisher, article, "投诉升级流程", "升级时限改为 2 小时。");
    Fixtures.publish(publisher, article, true);
    require(acknowledge(ben, article), 201);
    report = admin.get("/api/articles/" + article + "/acknowledgements/report").json();
    assertEquals(2, report.get("required").asInt());
    assertEquals(1, report.get("acknowledged").asInt());
    assertEquals(1, report.get("pending").asInt());
    assertFalse(
        find(report.get("members"), "username", amy.username()).get("acknowledged").asBoolean());
    assertTrue(
        find(report.get("members"), "username", ben.username()).get("acknowledged").asBoolean());
    assertEquals(2, report.get("requiredSince").asInt());

    assertEquals(403, amy.get("/api/articles/" + article + "/acknowledgements/report").status());
    Api author = admin.newUser("AUTHOR");
    assertEquals(
        404,
        author.get("/api/articles/" + article + "/acknowledgements/report").status(),
        "an author outside the restriction may not even read the article");
  }

  @Test
  void publishersMakeArticlesMandatoryForExistingGroups() {
    Api amy = admin.newUser("AGENT");
    String group = Fixtures.newGroup(admin, amy);
    String article = publisher.newArticle(space, "停机保号办理", "需核验机主身份。");
    Api author = admin.newUser("AUTHOR");

    Reply unknown = mandatory(publisher, article, "no-such-group");
    assertEquals(400, unknown.status(), unknown.toString());
    assertEquals(403, mandatory(author, article, group).status(), "editing is not publishing");
    assertEquals(403, mandatory(amy, article, group).status());
    assertEquals(403, author.get("/api/articles/" + article + "/acknowledgements/report").status());
    JsonNode set = require(mandatory(publisher, article, group), 200).json();
    assertTrue(set.get("mandatory").asBoolean());
    assertEquals(List.of(group), Api.texts(set.get("groups")));
    assertFalse(ids(pending(amy)).contains(article), "not published yet");
    assertEquals(409, acknowledge(publisher, article).status(), "nothing published to read");
    assertEquals(404, acknowledge(amy, article).status(), "a draft is invisible to agents");

    Fixtures.publish(publisher, article, false);
    assertTrue(ids(pending(amy)).contains(article));
    assertEquals(
        List.of(group),
        Api.texts(
            require(amy.get("/api/articles/" + article + "/mandatory"), 200).json().get("groups")));

    JsonNode cleared = require(mandatory(publisher, article), 200).json();
    assertFalse(cleared.get("mandatory").asBoolean());
    assertFalse(ids(pending(amy)).contains(article));
  }

  @Test
  void anArchivedArticleIsNoLongerPending() {
    Api amy = admin.newUser("AGENT");
    String article = mandatoryArticle("旧版退订流程", Fixtures.newGroup(admin, amy));
    assertTrue(ids(pending(amy)).contains(article));

    require(publisher.post("/api/articles/" + article + "/workflow/archive", "{}"), 200);

    assertFalse(ids(pending(amy)).contains(article));
  }
}
