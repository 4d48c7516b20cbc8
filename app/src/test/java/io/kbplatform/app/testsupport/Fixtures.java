package io.kbplatform.app.testsupport;

import static io.kbplatform.app.testsupport.Api.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Set-up steps the feedback and acknowledgement tests share: groups, restrictions, edits. */
public final class Fixtures {

  private Fixtures() {}

  /** Creates a group with the given members (as the administrator) and returns its key. */
  public static String newGroup(Api admin, Api... members) {
    String key = Markers.groupKey();
    require(admin.post("/api/admin/groups", json(Map.of("key", key, "name", "小组 " + key))), 201);
    for (Api member : members) {
      require(admin.put("/api/admin/groups/" + key + "/members/" + member.username(), ""), 200);
    }
    return key;
  }

  /** Restricts an article to groups, as the administrator. */
  public static void restrict(Api admin, String articleId, String... groups) {
    require(
        admin.put(
            "/api/articles/" + articleId + "/restrictions",
            json(Map.of("groups", List.of(groups)))),
        200);
  }

  /** Saves a new version of an article as this user (If-Match from a fresh read). */
  public static void revise(Api editor, String articleId, String title, String body) {
    Reply read = require(editor.get("/api/articles/" + articleId), 200);
    require(
        editor.send(
            "PUT",
            "/api/articles/" + articleId,
            json(Map.of("title", title, "body", body)),
            "If-Match",
            read.header("ETag")),
        200);
  }

  /** Publishes the latest version as this user, significant or not. */
  public static void publish(Api publisher, String articleId, boolean significant) {
    require(
        publisher.post(
            "/api/articles/" + articleId + "/workflow/publish",
            json(Map.of("significant", significant))),
        200);
  }

  /** The {@code id}s of the objects in a JSON array (or in a page's {@code items}). */
  public static List<String> ids(JsonNode arrayOrPage) {
    JsonNode array = arrayOrPage.has("items") ? arrayOrPage.get("items") : arrayOrPage;
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.has("id") ? n.get("id").asText() : n.get("article").asText()));
    return ids;
  }

  /** The object in a JSON array (or page) whose {@code field} has the value. */
  public static JsonNode find(JsonNode arrayOrPage, String field, String value) {
    JsonNode array = arrayOrPage.has("items") ? arrayOrPage.get("items") : arrayOrPage;
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    throw new AssertionError("no " + field + "=" + value + " in " + arrayOrPage);
  }

  public static Reply require(Reply reply, int status) {
    if (reply.status() != status) {
      throw new AssertionError("expected " + status + ", got " + reply);
    }
    return reply;
  }
}
