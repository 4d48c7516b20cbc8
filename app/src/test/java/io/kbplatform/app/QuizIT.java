package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Question banks and quizzes on the real server and database: who sees a bank, and what a bank
 * holds once questions are imported. Each test works in its own restricted space, where only grants
 * decide who reads and who edits.
 */
@KbServerTest
class QuizIT {

  @ServerUrl URL url;

  private Api admin;
  private String space;
  private Api trainer;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    space = Markers.spaceKey("Q");
    require(
        admin.post(
            "/api/spaces", json(Map.of("key", space, "name", "培训 " + space, "restricted", true))),
        201);
    trainer = admin.newUser("TRAINER");
    admin.grant(space, trainer.username(), "EDIT");
  }

  private Reply createBank(Api who, String spaceKey, String name) {
    return who.post("/api/question-banks", json(Map.of("space", spaceKey, "name", name)));
  }

  @Test
  void aTrainerWhoEditsTheSpaceCreatesABankAndFindsItInItsList() {
    Reply created = require(createBank(trainer, space, "产品知识题库"), 201);

    String id = created.json().get("id").asText();
    assertTrue(created.header("Location").endsWith("/api/question-banks/" + id));
    assertEquals(space, created.json().get("space").asText());
    assertEquals("产品知识题库", created.json().get("name").asText());
    assertEquals(trainer.username(), created.json().get("createdBy").asText());
    JsonNode listed = require(trainer.get("/api/question-banks?space=" + space), 200).json();
    assertEquals(1, listed.get("banks").size());
    assertEquals(id, listed.get("banks").get(0).get("id").asText());
    assertEquals(
        0,
        require(trainer.get("/api/question-banks/" + id + "/questions"), 200)
            .json()
            .get("questions")
            .size());
  }

  @Test
  void learnersAgentsAndReadersOfTheSpaceNeverSeeABank() {
    String id = require(createBank(trainer, space, "服务技巧"), 201).json().get("id").asText();
    Api learner = admin.newUser("LEARNER");
    admin.grant(space, learner.username(), "VIEW");
    Api reader = admin.newUser("AUTHOR");
    admin.grant(space, reader.username(), "VIEW");
    Api stranger = admin.newUser("TRAINER");

    assertEquals(403, learner.get("/api/question-banks/" + id).status(), "not a bank role");
    assertEquals(403, learner.get("/api/question-banks?space=" + space).status());
    assertEquals(404, reader.get("/api/question-banks/" + id).status(), "reads, does not edit");
    assertEquals(404, stranger.get("/api/question-banks/" + id).status());
    assertEquals(404, stranger.get("/api/question-banks/" + id + "/questions").status());
    assertEquals(0, require(reader.get("/api/question-banks"), 200).json().get("banks").size());
    assertEquals(403, createBank(reader, space, "x").status(), "may read the space, not edit it");
    assertEquals(404, createBank(stranger, space, "x").status(), "the space is not visible");
  }

  @Test
  void aBankNeedsASpaceAndAName() {
    Reply blank = createBank(trainer, space, " ");
    assertEquals(400, blank.status());
    assertTrue(blank.contentType().startsWith("application/problem+json"));
    assertEquals(400, trainer.post("/api/question-banks", "{\"name\":\"x\"}").status());
    assertEquals(400, trainer.post("/api/question-banks", "{not json").status());
    assertEquals(404, trainer.get("/api/question-banks/no-such-bank").status());
    assertEquals(404, trainer.get("/api/questions/no-such-question").status());
  }
}
