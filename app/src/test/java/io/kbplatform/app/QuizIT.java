package io.kbplatform.app;

import static io.kbplatform.app.testsupport.Api.json;
import static io.kbplatform.app.testsupport.Fixtures.require;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.app.testsupport.Api;
import io.kbplatform.app.testsupport.Api.Reply;
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
    space = admin.newRestrictedSpace();
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

  private static final String GIFT =
      """
      // 产品知识题库 (a file as trainers write them)
      $CATEGORY: $course$/top/产品知识/宽带

      ::退款时限::七天无理由退货的期限是几天？{=七天 ~十五天#太长了 ~三十天}

      ::核实身份::核实客户身份可以用哪些证件？{
        ~%50%身份证
        ~%50%护照
        ~%-100%工牌#工牌不能核实客户身份
      }

      坏题：没有正确答案 {~甲 ~乙}

      $CATEGORY: 服务技巧
      安抚客户时应先处理情绪，再处理问题。{T####先情绪后问题}

      光纤宽带的标准上行速率是多少 Mbps？{#50:5}
      """;

  private static String bankIn(Api who, String spaceKey) {
    return require(
            who.post("/api/question-banks", json(Map.of("space", spaceKey, "name", "导入"))), 201)
        .json()
        .get("id")
        .asText();
  }

  @Test
  void aGiftFileImportsItsValidQuestionsInOrderAndReportsTheOthersByLine() {
    String bank = bankIn(trainer, space);

    Reply imported =
        trainer.post(
            "/api/question-banks/" + bank + "/import?format=gift",
            GIFT,
            "text/plain; charset=UTF-8");

    JsonNode result = require(imported, 200).json();
    List<String> types = new java.util.ArrayList<>();
    result.get("questions").forEach(q -> types.add(q.get("type").asText()));
    assertEquals(List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "NUMERIC"), types);
    assertEquals("退款时限", result.get("questions").get(0).get("name").asText());
    assertEquals(1, result.get("errors").size());
    assertEquals(12, result.get("errors").get(0).get("line").asInt(), result.toString());
    JsonNode categories =
        require(trainer.get("/api/question-banks/" + bank + "/categories"), 200).json();
    List<String> paths = new java.util.ArrayList<>();
    categories
        .get("categories")
        .forEach(c -> paths.add(String.join("/", Api.texts(c.get("path")))));
    assertEquals(List.of("产品知识", "产品知识/宽带", "服务技巧"), paths);
    String first = result.get("questions").get(0).get("id").asText();
    JsonNode question = require(trainer.get("/api/questions/" + first), 200).json();
    assertEquals(List.of("产品知识", "宽带"), Api.texts(question.get("category")));
    assertEquals(3, question.get("question").get("key").get("options").size());
  }

  @Test
  void anExportedBankImportsAgainAsTheSameQuestions() {
    String bank = bankIn(trainer, space);
    require(
        trainer.post(
            "/api/question-banks/" + bank + "/import?format=gift",
            GIFT,
            "text/plain; charset=UTF-8"),
        200);

    Reply exported = require(trainer.get("/api/question-banks/" + bank + "/export"), 200);
    String copy = bankIn(trainer, space);
    JsonNode again =
        require(
                trainer.post(
                    "/api/question-banks/" + copy + "/import?format=gift",
                    exported.body(),
                    "text/plain; charset=UTF-8"),
                200)
            .json();

    assertEquals(0, again.get("errors").size(), again.toString());
    List<JsonNode> before = questions(bank);
    List<JsonNode> after = questions(copy);
    assertEquals(4, after.size());
    for (int i = 0; i < before.size(); i++) {
      assertEquals(before.get(i).get("question"), after.get(i).get("question"), "question " + i);
      assertEquals(before.get(i).get("category"), after.get(i).get("category"));
    }
  }

  private List<JsonNode> questions(String bank) {
    List<JsonNode> all = new java.util.ArrayList<>();
    require(trainer.get("/api/question-banks/" + bank + "/questions"), 200)
        .json()
        .get("questions")
        .forEach(
            q ->
                all.add(
                    require(trainer.get("/api/questions/" + q.get("id").asText()), 200).json()));
    return all;
  }

  @Test
  void anAikenFileImportsWithItsErrorsAndBadRequestsAreRefusedClearly() {
    String bank = bankIn(trainer, space);
    String aiken =
        """
        客户要求退款，首先应该做什么？
        A. 直接拒绝
        B．核实订单信息
        C) 转给主管
        ANSWER：B

        没有答案的题
        A. 甲
        B. 乙
        """;

    JsonNode result =
        require(
                trainer.post(
                    "/api/question-banks/" + bank + "/import?format=aiken",
                    aiken,
                    "text/plain; charset=UTF-8"),
                200)
            .json();

    assertEquals(1, result.get("questions").size());
    assertEquals("SINGLE_CHOICE", result.get("questions").get(0).get("type").asText());
    assertEquals(1, result.get("errors").size());
    assertEquals(7, result.get("errors").get(0).get("line").asInt(), result.toString());
    assertEquals(
        400,
        trainer
            .post("/api/question-banks/" + bank + "/import?format=xml", aiken, "text/plain")
            .status());
    assertEquals(
        400, trainer.post("/api/question-banks/" + bank + "/import", aiken, "text/plain").status());
    Reply huge =
        trainer.post(
            "/api/question-banks/" + bank + "/import?format=gift",
            "x".repeat(3 * 1024 * 1024),
            "text/plain; charset=UTF-8");
    assertEquals(413, huge.status());
    assertTrue(huge.contentType().startsWith("application/problem+json"));
    Api learner = admin.newUser("LEARNER");
    admin.grant(space, learner.username(), "VIEW");
    assertEquals(
        403,
        learner
            .post("/api/question-banks/" + bank + "/import?format=gift", GIFT, "text/plain")
            .status());
  }
}
