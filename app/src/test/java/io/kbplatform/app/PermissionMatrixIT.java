package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.Markers;
import io.kbplatform.app.testsupport.ServerUrl;
import io.kbplatform.app.testsupport.TestNode;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Walks every user kind × action × resource and fails on any leak: what a user may not read is
 * answered exactly like what does not exist, in article pages, versions, lists, attachments,
 * feedback counts, spaces, category trees, search hits and search totals; what a user may read but
 * not change is forbidden.
 */
@KbServerTest
class PermissionMatrixIT {

  @ServerUrl URL url;

  /** What a user may do with a resource: nothing, read, edit or publish. */
  enum Can {
    NOTHING,
    READ,
    EDIT,
    PUBLISH
  }

  @Test
  void nothingLeaksAcrossPermissions() throws Exception {
    TestNode.ready();
    URI base = url.toURI().resolve("/");
    Api admin = Api.admin(base);
    String marker = Markers.marker("pm");

    String open = admin.newSpace();
    String hr = "H" + marker.substring(2, 12).toUpperCase();
    assertEquals(
        201,
        admin
            .post("/api/spaces", json(Map.of("key", hr, "name", "人事", "restricted", true)))
            .status());
    String vip = "vip-" + marker;
    String hrGroup = "hr-" + marker;
    admin.post("/api/admin/groups", json(Map.of("key", vip, "name", "VIP 坐席")));
    admin.post("/api/admin/groups", json(Map.of("key", hrGroup, "name", "人事部")));
    admin.put(
        "/api/spaces/" + hr + "/grants",
        json(Map.of("principalType", "GROUP", "principal", hrGroup, "level", "VIEW")));

    Map<String, Api> users = new LinkedHashMap<>();
    users.put("agent", admin.newUser("AGENT"));
    users.put("learner", admin.newUser("LEARNER"));
    users.put("vipAgent", admin.newUser("AGENT"));
    users.put("hrAgent", admin.newUser("AGENT"));
    users.put("author", admin.newUser("AUTHOR"));
    users.put("publisher", admin.newUser("AUTHOR"));
    users.put("trainer", admin.newUser("TRAINER"));
    users.put("admin", admin);
    admin.put("/api/admin/groups/" + vip + "/members/" + users.get("vipAgent").username(), "");
    admin.put("/api/admin/groups/" + hrGroup + "/members/" + users.get("hrAgent").username(), "");
    admin.grant(open, users.get("publisher").username(), "PUBLISH");

    String pub = admin.newArticle(open, "公开 " + marker, "人人可读 " + marker);
    admin.publish(pub);
    String restricted = admin.newArticle(open, "受限 " + marker, "仅限VIP " + marker);
    admin.put(
        "/api/articles/" + restricted + "/restrictions", json(Map.of("groups", List.of(vip))));
    admin.publish(restricted);
    String draft = admin.newArticle(open, "草稿 " + marker, "尚未发布 " + marker);
    String secret = admin.newArticle(hr, "人事 " + marker, "薪酬制度 " + marker);
    admin.publish(secret);

    Map<String, Map<String, Can>> expected = new LinkedHashMap<>();
    expected.put(
        pub,
        Map.of(
            "agent",
            Can.READ,
            "learner",
            Can.READ,
            "vipAgent",
            Can.READ,
            "hrAgent",
            Can.READ,
            "author",
            Can.EDIT,
            "publisher",
            Can.PUBLISH,
            "trainer",
            Can.EDIT,
            "admin",
            Can.PUBLISH));
    expected.put(
        restricted,
        Map.of(
            "agent",
            Can.NOTHING,
            "learner",
            Can.NOTHING,
            "vipAgent",
            Can.READ,
            "hrAgent",
            Can.NOTHING,
            "author",
            Can.NOTHING,
            "publisher",
            Can.NOTHING,
            "trainer",
            Can.NOTHING,
            "admin",
            Can.PUBLISH));
    expected.put(
        draft,
        Map.of(
            "agent",
            Can.NOTHING,
            "learner",
            Can.NOTHING,
            "vipAgent",
            Can.NOTHING,
            "hrAgent",
            Can.NOTHING,
            "author",
            Can.EDIT,
            "publisher",
            Can.PUBLISH,
            "trainer",
            Can.EDIT,
            "admin",
            Can.PUBLISH));
    expected.put(
        secret,
        Map.of(
            "agent",
            Can.NOTHING,
            "learner",
            Can.NOTHING,
            "vipAgent",
            Can.NOTHING,
            "hrAgent",
            Can.READ,
            "author",
            Can.NOTHING,
            "publisher",
            Can.NOTHING,
            "trainer",
            Can.NOTHING,
            "admin",
            Can.PUBLISH));
    Map<String, String> attachments = new LinkedHashMap<>();
    for (String id : List.of(pub, restricted, draft, secret)) {
      Reply uploaded =
          admin.sendBytes(
              "POST",
              "/api/articles/"
                  + id
                  + "/attachments?name="
                  + marker
                  + ".txt"
                  // the live articles get the file live; the draft's stays in the draft
                  + (id.equals(draft) ? "" : "&publish=true"),
              ("附件 " + marker).getBytes(StandardCharsets.UTF_8),
              "Content-Type",
              "application/octet-stream");
      assertEquals(201, uploaded.status(), uploaded.toString());
      attachments.put(id, uploaded.json().get("id").asText());
    }
    Set<String> searchable = Set.of(pub, restricted, secret);
    Map<String, String> spaces = Map.of(pub, open, restricted, open, draft, open, secret, hr);

    admin.searchUntil(marker, r -> r.json().path("total").asInt() == 3, Duration.ofSeconds(30));
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, Api> user : users.entrySet()) {
      String who = user.getKey();
      Api api = user.getValue();
      boolean writerRole = !who.endsWith("gent") && !who.equals("learner");
      List<String> found = ids(api.get("/api/search?q=" + marker + "&limit=50").json());
      long total = api.get("/api/search?q=" + marker).json().path("total").asLong();
      long visibleSearchable = 0;
      for (Map.Entry<String, Map<String, Can>> article : expected.entrySet()) {
        String id = article.getKey();
        Can can = article.getValue().get(who);
        String where = who + " on " + id;
        boolean visible = can != Can.NOTHING;
        int readStatus = api.get("/api/articles/" + id).status();
        check(leaks, where + " read", visible ? 200 : 404, readStatus);
        check(leaks, where + " in search", visible && searchable.contains(id), found.contains(id));
        if (visible && searchable.contains(id)) {
          visibleSearchable++;
        }
        boolean listed =
            ids(api.get("/api/articles?limit=200&space=" + spaces.get(id)).json().get("items"))
                .contains(id);
        check(leaks, where + " listed", visible, listed);
        check(
            leaks,
            where + " attachment list",
            visible ? 200 : 404,
            api.get("/api/articles/" + id + "/attachments").status());
        check(
            leaks,
            where + " attachment download",
            visible ? 200 : 404,
            api.download("/api/attachments/" + attachments.get(id)).statusCode());
        check(
            leaks,
            where + " feedback counts",
            visible ? 200 : 404,
            api.get("/api/articles/" + id + "/feedback/summary").status());
        int versions = api.get("/api/articles/" + id + "/versions").status();
        check(leaks, where + " versions", !visible ? 404 : can == Can.READ ? 403 : 200, versions);
        int put =
            api.send("PUT", "/api/articles/" + id, json(Map.of("title", "x", "body", "y")))
                .status();
        int expectedPut = !writerRole ? 403 : !visible ? 404 : can == Can.READ ? 403 : 428;
        check(leaks, where + " update", expectedPut, put);
        // A stale If-Match lets the permitted get as far as 412 without changing anything.
        int archive =
            api.send(
                    "POST",
                    "/api/articles/" + id + "/workflow/archive",
                    "{}",
                    "If-Match",
                    "\"x.0\"")
                .status();
        int expectedArchive = !writerRole ? 403 : !visible ? 404 : can == Can.PUBLISH ? 412 : 403;
        check(leaks, where + " archive", expectedArchive, archive);
        if (!who.equals("admin")) {
          int expectedDelete = !writerRole ? 403 : !visible ? 404 : 403;
          check(
              leaks, where + " delete", expectedDelete, api.delete("/api/articles/" + id).status());
        }
      }
      check(leaks, who + " search total", visibleSearchable, total);
      boolean seesHr = expected.get(secret).get(who) != Can.NOTHING;
      check(
          leaks,
          who + " lists HR space",
          seesHr,
          api.get("/api/spaces").body().contains("\"" + hr + "\""));
      check(
          leaks,
          who + " reads HR space",
          seesHr ? 200 : 404,
          api.get("/api/spaces/" + hr).status());
      check(
          leaks,
          who + " HR categories",
          seesHr ? 200 : 404,
          api.get("/api/spaces/" + hr + "/categories").status());
      int grants = api.get("/api/spaces/" + hr + "/grants").status();
      check(leaks, who + " HR grants", who.equals("admin") ? 200 : !writerRole ? 403 : 404, grants);
    }
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
  }

  @Test
  void anEditorCannotHandARestrictedArticleToAnOutsider() throws Exception {
    URI base = url.toURI().resolve("/");
    Api admin = Api.admin(base);
    String space = admin.newSpace();
    String team = Markers.unique("team-");
    admin.post("/api/admin/groups", json(Map.of("key", team, "name", "二线坐席")));
    Api editor = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    Api outsider = admin.newUser("AGENT");
    for (Api member : List.of(editor, publisher)) {
      admin.put("/api/admin/groups/" + team + "/members/" + member.username(), "");
    }
    admin.grant(space, editor.username(), "EDIT");
    admin.grant(space, publisher.username(), "PUBLISH");
    String id = restrictedArticle(admin, space, team, "内部流程");

    Reply widened = saveAs(editor, id, Map.of("owner", outsider.username()));

    assertEquals(403, widened.status(), widened.toString());
    assertEquals("admin", editor.get("/api/articles/" + id).json().get("owner").asText());
    assertEquals(
        404, outsider.get("/api/articles/" + id).status(), "the outsider still reads nothing");
    assertFalse(ids(outsider.get("/api/articles?space=" + space).json().get("items")).contains(id));
    Reply edited = saveAs(editor, id, Map.of("owner", "admin"));
    assertEquals(200, edited.status(), "keeping the owner is an ordinary edit: " + edited);

    Reply handedOver = saveAs(publisher, id, Map.of("owner", outsider.username()));
    assertEquals(200, handedOver.status(), handedOver.toString());
    assertTrue(
        auditOf(admin, id).contains("ARTICLE_OWNER_CHANGED " + publisher.username()),
        auditOf(admin, id).toString());
  }

  @Test
  void anEditorCannotMoveAnArticleToASpaceWithMoreReaders() throws Exception {
    URI base = url.toURI().resolve("/");
    Api admin = Api.admin(base);
    String marker = Markers.marker("mv");
    String closed = "C" + marker.substring(2, 12).toUpperCase();
    admin.post("/api/spaces", json(Map.of("key", closed, "name", "封闭", "restricted", true)));
    String open = admin.newSpace();
    Api editor = admin.newUser("AUTHOR");
    Api publisher = admin.newUser("AUTHOR");
    Api outsider = admin.newUser("AGENT");
    for (String space : List.of(closed, open)) {
      admin.grant(space, editor.username(), "EDIT");
      admin.grant(space, publisher.username(), "PUBLISH");
    }
    String id = admin.newArticle(closed, "封闭文章 " + marker, "机密 " + marker);
    admin.publish(id);
    String category =
        admin
            .post("/api/spaces/" + closed + "/categories", json(Map.of("name", "分类 " + marker)))
            .json()
            .get("id")
            .asText();

    Reply moved = editor.post("/api/articles/" + id + "/move", json(Map.of("space", open)));
    Reply saved = saveAs(editor, id, Map.of("space", open));

    assertEquals(403, moved.status(), moved.toString());
    assertEquals(403, saved.status(), saved.toString());
    assertEquals(404, outsider.get("/api/articles/" + id).status());
    Reply recategorised =
        editor.post("/api/articles/" + id + "/move", json(Map.of("category", category)));
    assertEquals(200, recategorised.status(), "a move inside the space is an edit");

    Reply published = publisher.post("/api/articles/" + id + "/move", json(Map.of("space", open)));
    assertEquals(200, published.status(), published.toString());
    assertEquals(200, outsider.get("/api/articles/" + id).status());
    List<String> audit = auditOf(admin, id);
    assertTrue(audit.contains("ARTICLE_MOVED " + editor.username()), audit.toString());
    assertTrue(audit.contains("ARTICLE_MOVED " + publisher.username()), audit.toString());
  }

  @Test
  void readersSeeThePublishedVersionAndNoSignOfAPendingDraft() throws Exception {
    URI base = url.toURI().resolve("/");
    Api admin = Api.admin(base);
    String marker = Markers.marker("dr");
    String space = "R" + marker.substring(2, 12).toUpperCase();
    admin.post("/api/spaces", json(Map.of("key", space, "name", "草稿", "restricted", true)));
    Api editor = admin.newUser("AUTHOR");
    Api agent = admin.newUser("AGENT");
    Api owner = admin.newUser("AUTHOR"); // owns the article but only reads the space
    admin.grant(space, editor.username(), "EDIT");
    admin.grant(space, agent.username(), "VIEW");
    admin.grant(space, owner.username(), "VIEW");
    String live = admin.newArticle(space, "已发布标题 " + marker, "正文");
    admin.publish(live);
    String older = admin.newArticle(space, "较早文章 " + marker, "正文");
    admin.publish(older);
    String neverPublished = editor.newArticle(space, "未发布草稿 " + marker, "正文");
    String inReview = editor.newArticle(space, "待审草稿 " + marker, "正文");
    editor.post("/api/articles/" + inReview + "/workflow/submit", "{}");
    assertEquals(200, saveAs(admin, live, Map.of("owner", owner.username())).status());
    admin.publish(live);
    Reply before = agent.get("/api/articles/" + live);
    JsonNode published = before.json();

    Reply drafted = saveAs(editor, live, Map.of("title", "秘密新标题 " + marker));
    assertEquals(200, drafted.status(), drafted.toString());

    List<String> leaks = new ArrayList<>();
    for (Api reader : List.of(agent, owner)) {
      String who = reader == agent ? "agent" : "owner";
      Reply list = reader.get("/api/articles?space=" + space);
      check(leaks, who + " list hides the draft title", false, list.body().contains("秘密"));
      check(leaks, who + " list ids", List.of(live, older), ids(list.json().get("items")));
      JsonNode item = list.json().get("items").get(0);
      check(
          leaks, who + " list title", published.get("title").asText(), item.get("title").asText());
      check(leaks, who + " list status", "PUBLISHED", item.get("status").asText());
      check(leaks, who + " list latest version", 2, item.get("latestVersion").asInt());
      check(
          leaks,
          who + " list change time",
          published.get("updatedAt").asText(),
          item.get("updatedAt").asText());
      for (String status : List.of("DRAFT", "IN_REVIEW", "ARCHIVED")) {
        Reply filtered = reader.get("/api/articles?space=" + space + "&status=" + status);
        check(leaks, who + " " + status, List.of(), ids(filtered.json().get("items")));
      }
      Reply livePage = reader.get("/api/articles?status=PUBLISHED&space=" + space + "&limit=1");
      check(leaks, who + " first page", List.of(live), ids(livePage.json().get("items")));
      String next = livePage.json().path("next").asText(null);
      check(leaks, who + " has a next page", true, next != null);
      if (next != null) {
        JsonNode second =
            reader.get(URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery()).json();
        check(leaks, who + " second page", List.of(older), ids(second.get("items")));
        check(
            leaks,
            who + " last page",
            true,
            second.path("next").isNull() || second.path("next").isMissingNode());
      }
      Reply page = reader.get("/api/articles/" + live);
      check(
          leaks,
          who + " article title",
          published.get("title").asText(),
          page.json().get("title").asText());
      check(leaks, who + " article status", "PUBLISHED", page.json().get("status").asText());
      check(leaks, who + " article latest version", 2, page.json().get("latestVersion").asInt());
      check(
          leaks,
          who + " article change time",
          published.get("updatedAt").asText(),
          page.json().get("updatedAt").asText());
      check(leaks, who + " article ETag", before.header("ETag"), page.header("ETag"));
    }
    Reply queue = owner.get("/api/reviews/mine?days=400");
    check(leaks, "owner queue hides the draft title", false, queue.body().contains("秘密"));
    check(leaks, "owner queue", List.of(live), ids(queue.json().get("items")));
    Reply verified = owner.post("/api/articles/" + live + "/workflow/verify", "");
    check(leaks, "owner verifies", 200, verified.status());
    check(leaks, "verify reply hides the draft title", false, verified.body().contains("秘密"));

    Reply editorList = editor.get("/api/articles?space=" + space + "&status=DRAFT");
    check(
        leaks,
        "editor sees drafts",
        Set.of(live, neverPublished),
        Set.copyOf(ids(editorList.json().get("items"))));
    check(leaks, "editor sees the draft title", true, editorList.body().contains("秘密新标题"));
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
  }

  private static String restrictedArticle(Api admin, String space, String group, String title) {
    Reply created =
        admin.post(
            "/api/articles",
            json(
                Map.of(
                    "space", space, "title", title, "body", "正文", "restrictedTo", List.of(group))));
    assertEquals(201, created.status(), created.toString());
    String id = created.json().get("id").asText();
    admin.publish(id);
    return id;
  }

  /** Saves the article as the user, with its current content and the given changes. */
  private static Reply saveAs(Api user, String id, Map<String, Object> changes) {
    Reply current = user.get("/api/articles/" + id);
    JsonNode a = current.json();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", a.get("title").asText());
    body.put("body", a.get("body").asText());
    if (a.hasNonNull("category")) {
      body.put("category", a.get("category").asText());
    }
    body.putAll(changes);
    return user.send("PUT", "/api/articles/" + id, json(body), "If-Match", current.header("ETag"));
  }

  /** "ACTION actor" of every audit entry about a target. */
  private static List<String> auditOf(Api admin, String targetId) {
    List<String> entries = new ArrayList<>();
    admin
        .get("/api/admin/audit?limit=500")
        .json()
        .get("items")
        .forEach(
            e -> {
              if (targetId.equals(e.path("targetId").asText())) {
                entries.add(e.get("action").asText() + " " + e.get("actor").asText());
              }
            });
    return entries;
  }

  private static void check(List<String> leaks, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      leaks.add(what + ": expected " + expected + " but was " + actual);
    }
  }

  private static List<String> ids(JsonNode nodes) {
    List<String> ids = new ArrayList<>();
    if (nodes != null && nodes.has("hits")) {
      nodes = nodes.get("hits");
    }
    if (nodes != null) {
      nodes.forEach(n -> ids.add(n.get("id").asText()));
    }
    return ids;
  }
}
