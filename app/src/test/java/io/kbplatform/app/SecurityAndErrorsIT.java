package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.Deployments;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authentication, roles and the shape of every error, over HTTP on Payara Micro: each failure a
 * client can cause answers {@code application/problem+json} with the right status.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityAndErrorsIT {

  private static final String PROBLEM = "application/problem+json";

  @ArquillianResource URL url;

  private URI base;
  private Api admin;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

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
    String username = "amy" + UUID.randomUUID().toString().substring(0, 6);
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

  private String newSpace() {
    String key = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    Reply reply = admin.post("/api/spaces", json(Map.of("key", key, "name", "错误测试")));
    assertEquals(201, reply.status(), reply.toString());
    return key;
  }

  private static void assertForbidden(Reply reply) {
    assertProblem(reply, 403);
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
}
