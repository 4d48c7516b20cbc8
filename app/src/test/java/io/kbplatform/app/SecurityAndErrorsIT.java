package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
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
import io.kbplatform.app.testsupport.SessionClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Authentication, roles and the shape of every error, over HTTP on Payara Micro: each failure a
 * client can cause answers {@code application/problem+json} with the right status.
 */
@KbServerTest
class SecurityAndErrorsIT {

  private static final String PROBLEM = "application/problem+json";

  @ServerUrl URL url;

  private URI base;
  private Api admin;

  @BeforeEach
  void setUp() throws URISyntaxException {
    base = url.toURI().resolve("/");
    admin = Api.admin(base);
  }

  @Test
  void everyApiEndpointDemandsCredentials() {
    for (String path :
        List.of("/api/spaces", "/api/search?q=x", "/api/admin/users", "/api/x", "/%61pi/spaces")) {
      Reply reply = Api.anonymous(base).get(path);
      assertEquals(401, reply.status(), path);
      assertProblem(reply, 401);
      assertTrue(reply.header("WWW-Authenticate").startsWith("Basic realm="), path);
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    Reply reply = Api.anonymous(base).as("admin", "not-the-password").get("/api/spaces");

    assertEquals(401, reply.status());
    assertProblem(reply, 401);
  }

  @Test
  void rolesDecideWhoMayDoWhat() {
    Api agent = admin.newUser("AGENT");
    Api author = admin.newUser("AUTHOR");
    String space = newSpace();
    String article = json(Map.of("space", space, "title", "t", "body", "b"));

    assertForbidden(agent.post("/api/spaces", json(Map.of("key", "NOPE", "name", "n"))));
    assertForbidden(author.post("/api/spaces", json(Map.of("key", "NOPE", "name", "n"))));
    assertForbidden(agent.post("/api/articles", article));
    String id = author.post("/api/articles", article).json().get("id").asText();
    assertForbidden(agent.post("/api/articles/" + id + "/workflow/publish", ""));
    assertForbidden(admin.newUser("LEARNER").post("/api/articles/" + id + "/workflow/publish", ""));
    assertForbidden(agent.get("/api/admin/users"));
    assertForbidden(author.get("/api/admin/users"));
    assertEquals(200, agent.get("/api/spaces").status());
    assertEquals(201, author.post("/api/articles", article).status());
  }

  @Test
  void anAdministratorCreatesUsersAndAssignsRoles() {
    String username = Markers.unique("amy");
    String password = "A-long-enough-password";
    Reply created =
        admin.post(
            "/api/admin/users",
            json(
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "Amy 王",
                    "password",
                    password,
                    "roles",
                    List.of("LEARNER"))));
    assertEquals(201, created.status(), created.toString());
    assertFalse(created.body().contains(password), "never echoes the password");
    assertFalse(created.body().contains("pbkdf2"), "never shows the hash");
    Api amy = Api.anonymous(base).as(username, password);
    String article = json(Map.of("space", newSpace(), "title", "t", "body", "b"));
    assertForbidden(amy.post("/api/articles", article));

    Reply assigned =
        admin.put(
            "/api/admin/users/" + username + "/roles", json(Map.of("roles", List.of("AUTHOR"))));

    assertEquals(200, assigned.status(), assigned.toString());
    assertEquals(List.of("AUTHOR"), Api.texts(assigned.json().get("roles")));
    assertEquals(201, amy.post("/api/articles", article).status());
    Reply duplicate =
        admin.post(
            "/api/admin/users",
            json(Map.of("username", username, "password", password, "roles", List.of("AGENT"))));
    assertProblem(duplicate, 409);
  }

  @Test
  void theLastAdministratorKeepsTheRole() {
    Reply reply =
        admin.put("/api/admin/users/admin/roles", json(Map.of("roles", List.of("AUTHOR"))));

    assertProblem(reply, 409);
    assertEquals(200, admin.get("/api/admin/users").status(), "admin is still an administrator");
  }

  @Test
  void anUnknownRoleOrAWrongJsonTypeIsABadRequest() {
    assertProblem(
        admin.post(
            "/api/admin/users",
            json(Map.of("username", "x1", "password", "long-enough-pw", "roles", List.of("BOSS")))),
        400);
    assertProblem(
        admin.post(
            "/api/articles", json(Map.of("space", "CS", "title", "t", "body", "b", "tags", "x"))),
        400);
  }

  @Test
  void anEnormousBodyIsRefusedWith413() {
    String huge =
        "{\"space\":\"CS\",\"title\":\"t\",\"body\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";

    assertProblem(admin.postExpectingContinue("/api/articles", huge), 413);
  }

  @Test
  void searchParametersAreValidated() {
    for (String query : List.of("q=x&limit=abc", "q=x&limit=0", "q=x&limit=101")) {
      Reply reply = admin.get("/api/search?" + query);
      assertProblem(reply, 400);
      assertEquals("limit", reply.json().get("errors").get(0).get("field").asText(), query);
    }
    Reply tooLong = admin.get("/api/search?q=" + "a".repeat(501));
    assertProblem(tooLong, 400);
    assertEquals("q", tooLong.json().get("errors").get(0).get("field").asText());
  }

  @Test
  void malformedJsonIsABadRequest() {
    Reply reply = admin.post("/api/spaces", "{\"key\": \"CS\", ");

    assertProblem(reply, 400);
  }

  @Test
  void invalidFieldsAreListedOneByOne() {
    Reply reply =
        admin.post(
            "/api/articles",
            json(Map.of("space", "", "title", "", "body", "x", "tags", List.of("ok", " "))));

    assertProblem(reply, 400);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertTrue(fields.containsAll(List.of("space", "title", "tags[1]")), fields.toString());
    reply.json().get("errors").forEach(e -> assertFalse(e.get("message").asText().isBlank()));
  }

  @Test
  void unknownThingsAreNotFound() {
    assertProblem(admin.get("/api/no-such-resource"), 404);
    assertProblem(admin.get("/api/articles/" + UUID.randomUUID()), 404);
    assertProblem(admin.get("/api/spaces/NOPE" + System.nanoTime() % 1000), 404);
    Reply noSpace =
        admin.post("/api/articles", json(Map.of("space", "ZZZ_NONE", "title", "t", "body", "b")));
    assertProblem(noSpace, 404);
  }

  @Test
  void aWrongMethodIsNotAllowed() {
    Reply reply = admin.delete("/api/spaces");

    assertProblem(reply, 405);
    assertNotNull(reply.header("Allow"));
  }

  @Test
  void aWrongMediaTypeIsUnsupported() {
    Reply reply = admin.post("/api/spaces", "key=CS", "application/x-www-form-urlencoded");

    assertProblem(reply, 415);
  }

  @Test
  void aDuplicateSpaceKeyIsAConflict() {
    String key = newSpace();

    assertProblem(admin.post("/api/spaces", json(Map.of("key", key, "name", "again"))), 409);
  }

  @Test
  void searchRejectsAnEmptyQuery() {
    Reply reply = admin.get("/api/search?q=");

    assertProblem(reply, 400);
    assertEquals("q", reply.json().get("errors").get(0).get("field").asText());
  }

  @Test
  void errorsOutsideTheApiResourcesAreProblemsToo() {
    Reply noType = admin.sendBytes("POST", "/api/spaces", "{\"key\":\"X\"}".getBytes());
    assertProblem(noType, 415);
    Reply emptyType =
        admin.sendBytes("POST", "/api/spaces", "{\"key\":\"X\"}".getBytes(), "Content-Type", "");
    assertTrue(List.of(400, 415).contains(emptyType.status()), emptyType.toString());
    assertProblem(emptyType, emptyType.status());
    Reply longQuery = admin.get("/api/search?q=" + "%E5%AE%A2".repeat(2000));
    assertProblem(longQuery, 400);
    assertEquals("q", longQuery.json().get("errors").get(0).get("field").asText());
    for (String path :
        List.of(
            "/api/spaces/a%2Fb",
            "/api/spaces/a%2fb",
            "/api/spaces/a%01b",
            "/api/spaces/a%1B%5B2J",
            "/api/articles/x%2F..%2Fy/versions")) {
      assertProblem(admin.get(path), 400);
    }
    // Payara refuses a NUL byte itself, before any application code: the status is all it says
    assertEquals(400, admin.get("/api/spaces/a%00b").status());
    for (String path :
        List.of("/api/attachments/", "/api/attachments/nope", "/api/attachments/a/b/c")) {
      assertProblem(admin.get(path), 404);
    }
    assertProblem(Api.anonymous(base).get("/no-such-page-outside-the-api"), 404);
  }

  @Test
  void everyListAnswersABadLimitWith400NamingIt() {
    for (String list :
        List.of(
            "/api/articles",
            "/api/reviews/mine",
            "/api/reviews/expiring",
            "/api/work/approvals",
            "/api/work/drafts",
            "/api/feedback/inbox",
            "/api/feedback/mine",
            "/api/article-requests",
            "/api/article-requests/mine",
            "/api/admin/audit",
            "/api/admin/search-index/outbox/failures",
            "/api/admin/search-index/outbox/dead",
            "/api/analytics/search/top-queries",
            "/api/analytics/search/popular-queries",
            "/api/search/suggestions?q=a",
            "/api/search?q=a")) {
      for (String limit : List.of("abc", "-1", "0", "100000", "1.5", "99999999999")) {
        String path = list + (list.contains("?") ? "&" : "?") + "limit=" + limit;
        Reply reply = admin.get(path);
        assertProblem(reply, 400);
        assertEquals("limit", reply.json().get("errors").get(0).get("field").asText(), path);
        assertTrue(reply.json().get("errors").get(0).get("message").asText().contains("between"));
      }
      assertEquals(200, admin.get(list + (list.contains("?") ? "&" : "?") + "limit=1").status());
    }
    assertProblem(admin.get("/api/articles?needsReview=maybe"), 400);
    assertProblem(admin.get("/api/articles?status=NOT_A_STATUS"), 400);
    assertProblem(admin.get("/api/reviews/mine?days=abc"), 400);
    assertProblem(admin.get("/api/admin/search-index/outbox/dead?after=abc"), 400);
  }

  @Test
  void namesWithControlCharactersAreRefusedWhileBodiesKeepTabsAndNewlines() {
    String space = newSpace();
    Reply title =
        admin.post("/api/articles", json(Map.of("space", space, "title", "a\u0000b", "body", "b")));
    assertProblem(title, 400);
    assertEquals("title", title.json().get("errors").get(0).get("field").asText());
    Reply tag =
        admin.post(
            "/api/articles",
            json(Map.of("space", space, "title", "t", "body", "b", "tags", List.of("x\u0007"))));
    assertProblem(tag, 400);
    Reply spaceName =
        admin.post(
            "/api/spaces", json(Map.of("key", "C" + System.nanoTime(), "name", "n\u001b[2J")));
    assertProblem(spaceName, 400);
    Reply user =
        admin.post(
            "/api/admin/users",
            json(
                Map.of(
                    "username", "bad\u0000user",
                    "password", "A-long-enough-password",
                    "roles", List.of("AGENT"))));
    assertProblem(user, 400);
    Reply display =
        admin.post(
            "/api/admin/users",
            json(
                Map.of(
                    "username",
                    Markers.unique("u"),
                    "displayName",
                    "Eve\u0008\u0008\u0008Admin",
                    "password",
                    "A-long-enough-password",
                    "roles",
                    List.of("AGENT"))));
    assertProblem(display, 400);
    Reply group =
        admin.post(
            "/api/admin/groups",
            json(Map.of("key", "g" + System.nanoTime(), "name", "line\nbreak")));
    assertProblem(group, 400);
    Reply body =
        admin.post(
            "/api/articles",
            json(Map.of("space", space, "title", "t", "body", "col1\tcol2\nline 2\r\n")));
    assertEquals(201, body.status(), body.toString());
  }

  @Test
  void twoEditsFromTheSameVersionSaveOneAndRefuseTheOthersWith412() throws Exception {
    String space = newSpace();
    Reply created =
        admin.post("/api/articles", json(Map.of("space", space, "title", "t0", "body", "b0")));
    String id = created.json().get("id").asText();
    String etag = created.header("ETag");

    List<Reply> replies =
        concurrently(
            8,
            i ->
                admin.send(
                    "PUT",
                    "/api/articles/" + id,
                    json(Map.of("space", space, "title", "t" + i, "body", "b" + i)),
                    "If-Match",
                    etag));

    assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies.toString());
    replies.stream().filter(r -> r.status() != 200).forEach(r -> assertProblem(r, 412));
    Reply versions = admin.get("/api/articles/" + id + "/versions");
    assertEquals(2, versions.json().size(), versions.toString());
  }

  @Test
  void publishingAndSubmittingAtTheSameMomentNeverFails() throws Exception {
    for (int round = 0; round < 3; round++) {
      String id = admin.newArticle(newSpace(), "race " + round, "b");
      List<Reply> replies =
          concurrently(
              4,
              i ->
                  admin.post(
                      "/api/articles/" + id + "/workflow/" + (i % 2 == 0 ? "publish" : "submit"),
                      "{}"));
      for (Reply reply : replies) {
        if (reply.status() != 200) {
          assertTrue(List.of(409, 412).contains(reply.status()), reply.toString());
          assertProblem(reply, reply.status());
        }
      }
      assertTrue(replies.stream().anyMatch(r -> r.status() == 200), replies.toString());
      assertEquals(200, admin.get("/api/articles/" + id).status());
    }
  }

  @Test
  void creatingTheSameUserGroupOrSpaceAtOnceGivesOneAnd409s() throws Exception {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    Map<String, String> creations =
        Map.of(
            "/api/admin/users",
            json(
                Map.of(
                    "username",
                    "race" + suffix,
                    "password",
                    "A-long-enough-password",
                    "roles",
                    List.of("AGENT"))),
            "/api/admin/groups",
            json(Map.of("key", "race-" + suffix, "name", "Race")),
            "/api/spaces",
            json(Map.of("key", "R" + suffix.toUpperCase(), "name", "Race")));
    for (Map.Entry<String, String> creation : creations.entrySet()) {
      List<Reply> replies =
          concurrently(6, i -> admin.post(creation.getKey(), creation.getValue()));

      assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
      replies.stream().filter(r -> r.status() != 201).forEach(r -> assertProblem(r, 409));
    }
    String space = "R" + suffix.toUpperCase();
    long audited = 0;
    for (JsonNode entry :
        admin.get("/api/admin/audit?action=SPACE_CREATED&limit=500").json().get("items")) {
      audited += space.equals(entry.get("targetId").asText()) ? 1 : 0;
    }
    assertEquals(1, audited, "the losers left nothing behind, not even an audit entry");
  }

  /** Sends n requests at once (released together) and returns their replies. */
  private static List<Reply> concurrently(int n, java.util.function.IntFunction<Reply> request)
      throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
      List<java.util.concurrent.Future<Reply>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return request.apply(index);
                }));
      }
      List<Reply> replies = new ArrayList<>();
      for (java.util.concurrent.Future<Reply> future : futures) {
        replies.add(future.get());
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  private String newSpace() {
    String key = Markers.spaceKey("E");
    Reply reply = admin.post("/api/spaces", json(Map.of("key", key, "name", "错误测试")));
    assertEquals(201, reply.status(), reply.toString());
    return key;
  }

  private static void assertForbidden(Reply reply) {
    assertProblem(reply, 403);
  }

  @Test
  void theSignInFormStartsASessionWhoseChangesNeedTheCsrfToken() {
    String username = Markers.unique("web");
    String password = Markers.password("Web");
    createUser(username, password, "AUTHOR");
    String space = newSpace();
    admin.grant(space, username, "EDIT");
    SessionClient browser = new SessionClient(base);

    SessionClient.Response wrong = browser.signIn(username, "not-" + password);
    assertEquals(401, wrong.status());
    assertEquals("The username or password is not correct.", wrong.json().get("detail").asText());
    assertEquals(null, wrong.header("WWW-Authenticate"), "the UI gets no browser Basic dialog");
    assertEquals(401, browser.get("/api/spaces").status());

    SessionClient.Response signedIn = browser.signIn(username, password);
    assertEquals(200, signedIn.status(), signedIn.toString());
    String cookie = signedIn.header("Set-Cookie");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=strict"), cookie);
    assertEquals(List.of("AUTHOR"), Api.texts(signedIn.json().get("roles")));
    String level = null;
    for (JsonNode readable : signedIn.json().get("spaces")) {
      if (readable.get("key").asText().equals(space)) {
        level = readable.get("level").asText();
      }
    }
    assertEquals("EDIT", level, "the session tells the UI what the user may do in each space");
    assertTrue(browser.csrfToken().length() >= 32);

    assertEquals(200, browser.get("/api/spaces").status());
    String article = json(Map.of("space", space, "title", "会话创建", "body", "正文"));
    SessionClient.Response forged = browser.send("POST", "/api/articles", article, null);
    assertEquals(403, forged.status(), "no token: a cross-site form cannot do this");
    assertTrue(forged.json().get("detail").asText().contains("CSRF"));
    assertEquals(403, browser.send("POST", "/api/articles", article, "guessed").status());
    assertEquals(201, browser.send("POST", "/api/articles", article).status());

    assertEquals(204, browser.send("DELETE", "/api/session", null).status());
    assertEquals(401, browser.get("/api/session").status());
    assertEquals(401, browser.get("/api/spaces").status());
  }

  @Test
  void aSessionFollowsRoleChangesAndEndsWhenTheAccountIsDisabled() {
    String username = Markers.unique("web");
    String password = Markers.password("Web");
    createUser(username, password, "AGENT");
    SessionClient browser = new SessionClient(base);
    assertEquals(200, browser.signIn(username, password).status());
    assertEquals(403, browser.send("POST", "/api/articles", "{}").status());

    admin.put("/api/admin/users/" + username + "/roles", json(Map.of("roles", List.of("AUTHOR"))));
    assertEquals(List.of("AUTHOR"), Api.texts(browser.get("/api/session").json().get("roles")));

    Reply disabled =
        admin.put("/api/admin/users/" + username + "/enabled", json(Map.of("enabled", false)));
    assertEquals(200, disabled.status(), disabled.toString());
    assertFalse(disabled.json().get("enabled").asBoolean());
    SessionClient.Response ended = browser.get("/api/session");
    assertEquals(401, ended.status());
    assertEquals("Your session has ended: sign in again.", ended.json().get("detail").asText());
    assertEquals(401, new SessionClient(base).signIn(username, password).status());

    admin.put("/api/admin/users/" + username + "/enabled", json(Map.of("enabled", true)));
    String newPassword = Markers.password("New");
    Reply reset =
        admin.put(
            "/api/admin/users/" + username + "/password", json(Map.of("password", newPassword)));
    assertEquals(200, reset.status(), reset.toString());
    assertEquals(401, new SessionClient(base).signIn(username, password).status());
    assertEquals(200, new SessionClient(base).signIn(username, newPassword).status());
    Reply self = admin.put("/api/admin/users/admin/enabled", json(Map.of("enabled", false)));
    assertProblem(self, 409);
  }

  @Test
  void signingInAgainGivesANewSessionAndScriptsKeepUsingBasic() {
    String username = Markers.unique("web");
    String password = Markers.password("Web");
    createUser(username, password, "AGENT");
    SessionClient browser = new SessionClient(base);
    String first = browser.signIn(username, password).header("Set-Cookie");
    String second = browser.signIn(username, password).header("Set-Cookie");
    assertFalse(
        first.split(";")[0].equals(second.split(";")[0]), "a new session id at each sign-in");

    Reply basic = Api.anonymous(base).as(username, password).post("/api/spaces", "{}");
    assertEquals(403, basic.status(), "Basic needs no CSRF token; the role check still applies");
    assertEquals(200, Api.anonymous(base).as(username, password).get("/api/session").status());
  }

  @Test
  void theWebUiShellIsServedUnderAStrictContentSecurityPolicy() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var shell =
        http.send(
            java.net.http.HttpRequest.newBuilder(base.resolve("/")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, shell.statusCode());
    String policy = shell.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(policy.contains("script-src 'self' 'sha256-"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    String importMap =
        shell.body().replaceAll("(?s).*<script type=\"importmap\">(.*?)</script>.*", "$1");
    String hash =
        java.util.Base64.getEncoder()
            .encodeToString(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(importMap.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(policy.contains("'sha256-" + hash + "'"), "the import map's own hash");
    assertEquals("nosniff", shell.headers().firstValue("X-Content-Type-Options").orElse(null));

    for (String module :
        List.of(
            "/ui/main.js",
            "/webjars/marked/17.0.1/lib/marked.esm.js",
            "/webjars/dompurify/3.3.3/dist/purify.es.mjs")) {
      assertTrue(importMap.contains(module) || module.startsWith("/ui/"), module);
      var reply =
          http.send(
              java.net.http.HttpRequest.newBuilder(base.resolve(module)).build(),
              java.net.http.HttpResponse.BodyHandlers.discarding());
      assertEquals(200, reply.statusCode(), module);
      assertTrue(
          reply.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"),
          module + " must be served as JavaScript for the browser to run it as a module");
    }
  }

  private void createUser(String username, String password, String... roles) {
    Reply created =
        admin.post(
            "/api/admin/users",
            json(Map.of("username", username, "password", password, "roles", roles)));
    assertEquals(201, created.status(), created.toString());
  }

  private static void assertProblem(Reply reply, int status) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith(PROBLEM), reply.contentType());
    JsonNode problem = reply.json();
    assertEquals(status, problem.get("status").asInt());
    assertFalse(problem.get("title").asText().isBlank());
    assertTrue(problem.get("type").asText().startsWith("https://"));
    assertFalse(reply.body().contains("Exception"), "no class names: " + reply.body());
    assertFalse(reply.body().contains("io.kbplatform"), "no class names: " + reply.body());
  }

  // ---- Identity hardening (issue "Hardening", points 10-13): throttling, sessions after a new
  // password, case-insensitive usernames, no Basic challenge to browsers, CSRF for Basic callers.

  @Test
  void repeatedWrongPasswordsForOneUsernameAreThrottledWhileItsVerifiedScriptGoesOn() {
    String username = Markers.unique("thr");
    String password = Markers.password("Right");
    createUser(username, password, "AGENT");
    Api script = Api.anonymous(base).as(username, password);
    assertEquals(200, script.get("/api/session").status(), "verified once, remembered");
    String guess = "Guess-" + UUID.randomUUID();

    Reply throttled = null;
    int refused = 0;
    for (int i = 0; i < 12 && throttled == null; i++) {
      Reply reply = Api.anonymous(base).as(username, guess + i).get("/api/spaces");
      if (reply.status() == 429) {
        throttled = reply;
      } else {
        assertEquals(401, reply.status(), reply.toString());
        refused++;
      }
    }

    assertNotNull(throttled, "repeated wrong passwords end in 429");
    assertTrue(refused >= 5, "a few mistakes are free: " + refused);
    assertProblem(throttled, 429);
    long retryAfter = Long.parseLong(throttled.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 60, "a real user waits a minute at most");
    SessionClient.Response form = new SessionClient(base).signIn(username, guess);
    assertTrue(
        form.status() == 429 || form.status() == 401, "the sign-in form counts too: " + form);
    assertEquals(200, script.get("/api/session").status(), "a verified script is not throttled");
    Reply audit = admin.get("/api/admin/audit?action=SIGNIN_THROTTLED&limit=500");
    assertTrue(audit.body().contains("\"targetId\":\"" + username + "\""), audit.body());
    assertFalse(audit.body().contains(guess), "never a password in the audit log");

    long waited = 0;
    SessionClient.Response back = new SessionClient(base).signIn(username, password);
    for (int i = 0; i < 5 && back.status() == 429; i++) {
      long wait = Long.parseLong(back.header("Retry-After"));
      waited += wait;
      Api.sleepSeconds(wait);
      back = new SessionClient(base).signIn(username, password);
    }
    assertEquals(200, back.status(), "the real user is back in after " + waited + " s");
    assertTrue(waited <= 60, "waited " + waited + " s");
  }

  @Test
  void aPasswordResetEndsTheUsersSessionsAndTheOldPasswordStopsWorkingForScripts() {
    String username = Markers.unique("rst");
    String password = Markers.password("Old");
    createUser(username, password, "AGENT");
    SessionClient browser = new SessionClient(base);
    assertEquals(200, browser.signIn(username, password).status());
    Api script = Api.anonymous(base).as(username, password);
    assertEquals(200, script.get("/api/spaces").status());

    String reset = Markers.password("Reset");
    assertEquals(
        200,
        admin
            .put("/api/admin/users/" + username + "/password", json(Map.of("password", reset)))
            .status());

    SessionClient.Response ended = browser.get("/api/session");
    assertEquals(401, ended.status(), "the session started with the old password has ended");
    assertEquals(null, ended.header("WWW-Authenticate"));
    assertEquals(401, script.get("/api/spaces").status(), "the remembered old password is gone");
    assertEquals(200, Api.anonymous(base).as(username, reset).get("/api/spaces").status());
  }

  @Test
  void changingYourOwnPasswordKeepsThisSessionUnderANewIdAndEndsTheOthers() {
    String username = Markers.unique("chg");
    String password = Markers.password("First");
    createUser(username, password, "LEARNER");
    SessionClient here = new SessionClient(base);
    String firstCookie = here.signIn(username, password).header("Set-Cookie").split(";")[0];
    SessionClient elsewhere = new SessionClient(base);
    assertEquals(200, elsewhere.signIn(username, password).status());
    String newPassword = Markers.password("Second");

    SessionClient.Response wrong =
        here.send(
            "PUT",
            "/api/session/password",
            json(Map.of("currentPassword", "not-it", "newPassword", newPassword)));
    assertEquals(400, wrong.status(), wrong.toString());
    assertEquals("currentPassword", wrong.json().get("errors").get(0).get("field").asText());
    SessionClient.Response forged =
        here.send(
            "PUT",
            "/api/session/password",
            json(Map.of("currentPassword", password, "newPassword", newPassword)),
            null);
    assertEquals(403, forged.status(), "the CSRF token is required");

    SessionClient.Response changed =
        here.send(
            "PUT",
            "/api/session/password",
            json(Map.of("currentPassword", password, "newPassword", newPassword)));

    assertEquals(204, changed.status(), changed.toString());
    String newCookie = changed.header("Set-Cookie");
    assertNotNull(newCookie, "a new session id");
    assertFalse(newCookie.startsWith(firstCookie), newCookie);
    assertEquals(200, here.get("/api/session").status(), "this session stays signed in");
    assertEquals(401, elsewhere.get("/api/session").status(), "the other session has ended");
    assertEquals(401, Api.anonymous(base).as(username, password).get("/api/spaces").status());
    assertEquals(200, Api.anonymous(base).as(username, newPassword).get("/api/spaces").status());
    Reply audit = admin.get("/api/admin/audit?action=PASSWORD_CHANGED&actor=" + username);
    assertEquals(username, audit.json().get("items").get(0).get("targetId").asText());
    assertFalse(audit.body().contains(newPassword));
  }

  @Test
  void usernamesIgnoreCaseAndCharacterWidthEverywhere() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String stored = "Mixed" + suffix;
    String password = Markers.password("Case");
    createUser(stored, password, "AGENT");

    Reply twin =
        admin.post(
            "/api/admin/users",
            json(
                Map.of(
                    "username",
                    stored.toLowerCase(java.util.Locale.ROOT),
                    "password",
                    password,
                    "roles",
                    List.of("AGENT"))));
    assertProblem(twin, 409);
    String upper = stored.toUpperCase(java.util.Locale.ROOT);
    String fullWidth = toFullWidth(stored.toLowerCase(java.util.Locale.ROOT));
    Reply basic = Api.anonymous(base).as(upper, password).get("/api/session");
    assertEquals(200, basic.status(), basic.toString());
    assertEquals(stored, basic.json().get("username").asText(), "one identity, as stored");
    SessionClient.Response form = new SessionClient(base).signIn(fullWidth, password);
    assertEquals(200, form.status(), form.toString());
    assertEquals(stored, form.json().get("username").asText());
    assertEquals(stored, admin.get("/api/admin/users/" + upper).json().get("username").asText());

    String group = "grp-" + suffix;
    assertEquals(
        201,
        admin.post("/api/admin/groups", json(Map.of("key", group, "name", "Case group"))).status());
    Reply member = admin.send("PUT", "/api/admin/groups/" + group + "/members/" + upper, null);
    assertEquals(200, member.status(), member.toString());
    assertEquals(List.of(stored), Api.texts(member.json().get("members")));
    String space = newSpace();
    Reply grant =
        admin.put(
            "/api/spaces/" + space + "/grants",
            json(Map.of("principalType", "USER", "principal", upper, "level", "PUBLISH")));
    assertEquals(200, grant.status(), grant.toString());
    assertTrue(grant.body().contains("\"" + stored + "\""), grant.body());
    assertFalse(grant.body().contains("\"" + upper + "\""), grant.body());
  }

  @Test
  void noBrowserIsEverChallengedForBasicCredentials() {
    String[][] browsers = {
      {"Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document"},
      {"Sec-Fetch-Site", "same-origin"},
      {"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"},
      {"X-Requested-With", "kb-ui"},
      {"Cookie", "JSESSIONID=ended-session"}
    };
    for (String[] headers : browsers) {
      for (String path : List.of("/api/spaces", "/api/spaces/CS/export", "/api/attachments/x")) {
        Reply reply = Api.anonymous(base).raw("GET", path, null, headers);
        assertEquals(401, reply.status(), path);
        assertProblem(reply, 401);
        assertEquals(null, reply.header("WWW-Authenticate"), String.join(" ", headers) + path);
      }
    }
    assertNotNull(Api.anonymous(base).get("/api/spaces").header("WWW-Authenticate"));
  }

  @Test
  void cachedBasicCredentialsCannotChangeAnythingThroughACrossSiteForm() {
    String key = Markers.spaceKey("F");
    String body = json(Map.of("key", key, "name", "forged"));
    for (String type :
        List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; b=x")) {
      Reply forged = admin.raw("POST", "/api/spaces", body, "Content-Type", type);
      assertProblem(forged, 403);
    }
    assertProblem(admin.raw("POST", "/api/spaces", body), 403);
    assertEquals(404, admin.get("/api/spaces/" + key).status(), "nothing was created");
    String article = admin.newArticle(newSpace(), "表单伪造", "正文");
    assertProblem(admin.raw("DELETE", "/api/articles/" + article, null), 403);
    assertEquals(200, admin.get("/api/articles/" + article).status(), "not deleted");
    assertProblem(
        Api.anonymous(base)
            .raw(
                "POST",
                "/api/session",
                json(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD)),
                "Content-Type",
                "text/plain"),
        403);

    assertProblem(
        admin.raw(
            "POST", "/api/spaces", body, "Content-Type", "text/plain", "X-Requested-With", "x"),
        415); // a script that says so gets past the check; the resource then judges the type
    assertEquals(
        201,
        admin
            .raw(
                "POST",
                "/api/spaces",
                json(Map.of("key", key + "J", "name", "j")),
                "Content-Type",
                "application/json")
            .status());
  }

  private static String toFullWidth(String ascii) {
    StringBuilder wide = new StringBuilder();
    ascii
        .chars()
        .forEach(c -> wide.append(c >= 0x21 && c <= 0x7e ? (char) (c + 0xfee0) : (char) c));
    return wide.toString();
  }
}
