package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
import io.kbplatform.app.testsupport.KbServerTest;
import io.kbplatform.app.testsupport.ServerUrl;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Taking a quiz on the real server and database, as the API contract of issue 14 says: a learner
 * starts an attempt and sees no answer key, saves responses (tampered ones refused), submits and is
 * graded on the server with Moodle's partial credit; deadlines, attempt limits and privacy hold;
 * trainers read statistics.
 */
@KbServerTest
class QuizAttemptIT {

  private static final String TEXT = "{\"text\":\"%s\",\"format\":\"MOODLE\"}";

  @ServerUrl URL url;

  private Api admin;
  private Api trainer;
  private Api learner;
  private String space;
  private String bank;

  @BeforeEach
  void setUp() throws URISyntaxException {
    URI base = url.toURI().resolve("/");
    admin = Api.admin(base);
    space = admin.newRestrictedSpace();
    trainer = admin.newUser("TRAINER");
    admin.grant(space, trainer.username(), "EDIT");
    learner = admin.newUser("LEARNER");
    admin.grant(space, learner.username(), "VIEW");
    bank =
        require(
                trainer.post("/api/question-banks", json(Map.of("space", space, "name", "题库"))),
                201)
            .json()
            .get("id")
            .asText();
  }

  private static String text(String text) {
    return String.format(TEXT, text);
  }

  private static String option(String id, String text, double fraction) {
    return "{\"id\":\"%s\",\"text\":%s,\"fraction\":%s,\"feedback\":%s}"
        .formatted(id, text(text), fraction, text(""));
  }

  private String addQuestion(String type, String key) {
    String question =
        "{\"type\":\"%s\",\"name\":\"\",\"text\":%s,\"generalFeedback\":%s,\"defaultMark\":1,\"key\":%s}"
            .formatted(type, text("题目 " + type), text("参考知识库"), key);
    Reply added =
        trainer.post(
            "/api/question-banks/" + bank + "/questions",
            "{\"category\":[\"产品知识\",\"宽带\"],\"tags\":[\"入职\"],\"question\":" + question + "}");
    return require(added, 201).json().get("id").asText();
  }

  /** One question of every type; returns their ids in this order. */
  private List<String> everyType() {
    List<String> ids = new ArrayList<>();
    ids.add(
        addQuestion(
            "SINGLE_CHOICE",
            "{\"multiple\":false,\"shuffle\":true,\"options\":[%s,%s,%s]}"
                .formatted(option("a", "七天", 1), option("b", "十五天", 0), option("c", "三十天", 0))));
    ids.add(
        addQuestion(
            "MULTIPLE_CHOICE",
            "{\"multiple\":true,\"shuffle\":false,\"options\":[%s,%s,%s]}"
                .formatted(
                    option("a", "身份证", 0.5), option("b", "护照", 0.5), option("c", "工牌", -1))));
    ids.add(
        addQuestion(
            "TRUE_FALSE",
            "{\"answer\":true,\"feedbackIfTrue\":%s,\"feedbackIfFalse\":%s}"
                .formatted(text("对"), text("再读一遍"))));
    ids.add(
        addQuestion(
            "SHORT_ANSWER",
            ("{\"answers\":[{\"pattern\":\"退款\",\"fraction\":1,\"feedback\":%s},"
                    + "{\"pattern\":\"退*\",\"fraction\":0.5,\"feedback\":%s}]}")
                .formatted(text(""), text("接近"))));
    ids.add(
        addQuestion(
            "NUMERIC",
            "{\"answers\":[{\"value\":7,\"tolerance\":0.5,\"fraction\":1,\"feedback\":%s}]}"
                .formatted(text(""))));
    ids.add(
        addQuestion(
            "MATCHING",
            ("{\"shuffle\":true,\"pairs\":[{\"id\":\"1\",\"item\":%s,\"right\":\"refund\"},"
                    + "{\"id\":\"2\",\"item\":%s,\"right\":\"return\"},"
                    + "{\"id\":\"3\",\"item\":%s,\"right\":\"refund\"}],"
                    + "\"distractors\":[\"exchange\"]}")
                .formatted(text("退款"), text("退货"), text("退費"))));
    ids.add(
        addQuestion(
            "ORDERING",
            ("{\"items\":[{\"id\":\"1\",\"text\":%s},{\"id\":\"2\",\"text\":%s},"
                    + "{\"id\":\"3\",\"text\":%s}]}")
                .formatted(text("问候"), text("核实身份"), text("解决问题"))));
    ids.add(addQuestion("ESSAY", "{\"graderInformation\":%s}".formatted(text("共情、方案"))));
    return ids;
  }

  private String quiz(List<String> questions, Map<String, Object> rules) {
    Map<String, Object> body = new HashMap<>(rules);
    body.put("space", space);
    body.put("title", "产品知识测验");
    body.put("questions", questions);
    String id = require(trainer.post("/api/quizzes", json(body)), 201).json().get("id").asText();
    require(trainer.post("/api/quizzes/" + id + "/publish", ""), 200);
    return id;
  }

  private static JsonNode question(JsonNode attempt, String id) {
    for (JsonNode q : attempt.get("questions")) {
      if (q.get("id").asText().equals(id)) {
        return q;
      }
    }
    throw new AssertionError("no question " + id + " in " + attempt);
  }

  private static String idOf(JsonNode parts, String text) {
    for (JsonNode part : parts) {
      if (part.get("text").asText().equals(text)) {
        return part.get("id").asText();
      }
    }
    throw new AssertionError("no part '" + text + "' in " + parts);
  }

  private Reply respond(Api who, String attempt, String question, String body) {
    return who.put("/api/attempts/" + attempt + "/responses/" + question, body);
  }

  @Test
  void aLearnerTakesAQuizOfEveryTypeAndIsGradedWithMoodlesPartialCredit() {
    List<String> q = everyType();
    String quiz = quiz(q, Map.of("passMark", 5.0, "attemptsAllowed", 2));

    Reply started = require(learner.post("/api/quizzes/" + quiz + "/attempts", ""), 201);
    JsonNode attempt = started.json();
    String id = attempt.get("id").asText();
    assertTrue(started.header("Location").endsWith("/api/attempts/" + id));
    assertEquals(8, attempt.get("questions").size());
    assertEquals("IN_PROGRESS", attempt.get("state").asText());
    for (String secret : List.of("fraction", "feedback", "\"right\":\"refund\"", "共情", "参考知识库")) {
      assertFalse(started.body().contains(secret), "no answer key before review: " + secret);
    }
    JsonNode matching = question(attempt, q.get(5));
    assertEquals(3, matching.get("left").size());
    assertEquals(3, matching.get("right").size(), "refund, return and the distractor");
    assertEquals(3, question(attempt, q.get(6)).get("items").size());

    JsonNode single = question(attempt, q.get(0));
    require(
        respond(learner, id, q.get(0), json(Map.of("choice", idOf(single.get("options"), "七天")))),
        204);
    require(respond(learner, id, q.get(1), "{\"choices\":[\"a\",\"c\"]}"), 204);
    require(respond(learner, id, q.get(2), "{\"value\":true}"), 204);
    require(respond(learner, id, q.get(3), "{\"text\":\"  退款申請 \"}"), 204);
    require(respond(learner, id, q.get(4), "{\"number\":7.4}"), 204);
    String refund = idOf(matching.get("right"), "refund");
    String ret = idOf(matching.get("right"), "return");
    require(
        respond(
            learner,
            id,
            q.get(5),
            json(Map.of("pairs", Map.of("1", refund, "2", refund, "3", refund)))),
        204);
    require(respond(learner, id, q.get(6), "{\"order\":[\"1\",\"3\",\"2\"]}"), 204);
    require(respond(learner, id, q.get(7), "{\"text\":\"先安抚客户情绪，再给出方案。\"}"), 204);

    JsonNode resumed = require(learner.post("/api/quizzes/" + quiz + "/attempts", ""), 200).json();
    assertEquals(id, resumed.get("id").asText(), "starting again resumes the attempt");
    assertTrue(resumed.get("resumed").asBoolean());
    assertEquals(7.4, question(resumed, q.get(4)).get("response").get("number").asDouble());

    JsonNode graded = require(learner.post("/api/attempts/" + id + "/submit", ""), 200).json();
    // single 1 + multiple max(0, 0.5 - 1) = 0 + true/false 1 + short answer 0.5 (退*) + numeric 1
    // + matching 2 of 3 + ordering 1 of 3 in place (问候) + essay waiting for a trainer
    double expected = 1 + 0 + 1 + 0.5 + 1 + 2.0 / 3 + 1.0 / 3;
    assertEquals(expected, graded.get("score").asDouble(), 1e-9);
    assertEquals(8.0, graded.get("maxScore").asDouble());
    assertEquals("FINISHED", graded.get("state").asText());
    assertEquals(1, graded.get("awaitingGrading").asInt());
    assertFalse(graded.hasNonNull("passed"), "not decided while the essay waits: " + graded);
    assertNotEquals(ret, refund);

    assertEquals(409, learner.post("/api/attempts/" + id + "/submit", "").status());
    assertEquals(409, respond(learner, id, q.get(2), "{\"value\":false}").status());
  }

  @Test
  void tamperedResponsesAreRefusedAndOthersNeverSeeAnAttempt() {
    List<String> q = everyType();
    String quiz = quiz(q.subList(0, 3), Map.of());
    String id =
        require(learner.post("/api/quizzes/" + quiz + "/attempts", ""), 201)
            .json()
            .get("id")
            .asText();

    Reply foreignOption = respond(learner, id, q.get(0), "{\"choice\":\"zz\"}");
    assertEquals(400, foreignOption.status());
    assertTrue(foreignOption.contentType().startsWith("application/problem+json"));
    assertEquals(400, respond(learner, id, q.get(0), "{\"text\":\"七天\"}").status(), "wrong shape");
    assertEquals(400, respond(learner, id, q.get(0), "{\"choice\":\"a\",\"value\":true}").status());
    assertEquals(400, respond(learner, id, q.get(0), "{not json").status());
    assertEquals(404, respond(learner, id, q.get(5), "{\"order\":[\"1\"]}").status(), "not in it");

    Api other = admin.newUser("LEARNER");
    admin.grant(space, other.username(), "VIEW");
    assertEquals(404, other.get("/api/attempts/" + id).status());
    assertEquals(404, respond(other, id, q.get(2), "{\"value\":true}").status());
    assertEquals(404, other.post("/api/attempts/" + id + "/submit", "").status());
    assertEquals(403, trainer.get("/api/attempts/" + id).status(), "attempts are the learner's");
  }

  @Test
  void draftsAndOtherSpacesCannotBeTakenAndAttemptsRunOut() {
    List<String> q = everyType();
    Map<String, Object> body = new HashMap<>();
    body.put("space", space);
    body.put("title", "草稿");
    body.put("questions", q.subList(2, 3));
    body.put("attemptsAllowed", 1);
    String draft = require(trainer.post("/api/quizzes", json(body)), 201).json().get("id").asText();
    assertEquals(404, learner.post("/api/quizzes/" + draft + "/attempts", "").status(), "a draft");
    Api outsider = admin.newUser("LEARNER");
    require(trainer.post("/api/quizzes/" + draft + "/publish", ""), 200);
    assertEquals(404, outsider.post("/api/quizzes/" + draft + "/attempts", "").status());

    String id =
        require(learner.post("/api/quizzes/" + draft + "/attempts", ""), 201)
            .json()
            .get("id")
            .asText();
    require(learner.post("/api/attempts/" + id + "/submit", ""), 200);
    assertEquals(409, learner.post("/api/quizzes/" + draft + "/attempts", "").status(), "one only");
  }

  @Test
  void theServerClosesAnAttemptAtItsDeadline() {
    List<String> q = everyType();
    String quiz = quiz(q.subList(2, 3), Map.of("timeLimitSeconds", 1));
    JsonNode attempt = require(learner.post("/api/quizzes/" + quiz + "/attempts", ""), 201).json();
    String id = attempt.get("id").asText();
    Instant deadline = Instant.parse(attempt.get("deadline").asText());
    assertEquals(
        Instant.parse(attempt.get("startedAt").asText()).plusSeconds(1), deadline, "by its clock");

    Api.sleepSeconds(2);

    assertEquals(409, respond(learner, id, q.get(2), "{\"value\":true}").status(), "too late");
    JsonNode graded = require(learner.post("/api/attempts/" + id + "/submit", ""), 200).json();
    assertEquals(0.0, graded.get("score").asDouble(), "nothing was saved in time");
    assertEquals(deadline, Instant.parse(graded.get("submittedAt").asText()), "closed then");
    assertTrue(graded.get("passed").asBoolean(), "pass mark 0: passed even with nothing right");
  }

  @Test
  void trainersReadStatisticsOfTheFinishedAttempts() {
    List<String> q = everyType();
    String quiz = quiz(q.subList(0, 3), Map.of("attemptsAllowed", 0));
    List<Api> learners = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Api l = admin.newUser("LEARNER");
      admin.grant(space, l.username(), "VIEW");
      learners.add(l);
    }
    // learner i answers the true/false question right when i > 0, and the others wrong
    for (int i = 0; i < learners.size(); i++) {
      Api l = learners.get(i);
      String id =
          require(l.post("/api/quizzes/" + quiz + "/attempts", ""), 201).json().get("id").asText();
      require(respond(l, id, q.get(2), "{\"value\":" + (i > 0) + "}"), 204);
      require(respond(l, id, q.get(1), "{\"choices\":[\"a\",\"b\"]}"), 204);
      require(l.post("/api/attempts/" + id + "/submit", ""), 200);
    }

    JsonNode stats = require(trainer.get("/api/quizzes/" + quiz + "/statistics"), 200).json();

    assertEquals(3, stats.get("attempts").asInt());
    assertEquals(3, stats.get("questions").size());
    assertEquals(q.get(0), stats.get("questions").get(0).get("questionId").asText(), "quiz order");
    assertEquals(0.0, stats.get("questions").get(0).get("facilityIndex").asDouble(), "unanswered");
    assertEquals(100.0, stats.get("questions").get(1).get("facilityIndex").asDouble(), 1e-9);
    assertEquals(200.0 / 3, stats.get("questions").get(2).get("facilityIndex").asDouble(), 1e-9);
    assertEquals(50.0, stats.get("questions").get(2).get("randomGuessScore").asDouble(), 1e-9);
    // totals 1, 2, 2 of 3: mean 5/9 of the max grade
    assertEquals(500.0 / 9, stats.get("mean").asDouble(), 1e-9);
    assertEquals(400, trainer.get("/api/quizzes/" + quiz + "/statistics?attempts=SOME").status());
    assertEquals(403, learners.get(0).get("/api/quizzes/" + quiz + "/statistics").status());
  }
}
