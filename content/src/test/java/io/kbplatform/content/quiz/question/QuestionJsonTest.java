package io.kbplatform.content.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.quiz.question.AnswerKey.Choices;
import io.kbplatform.content.quiz.question.AnswerKey.Essay;
import io.kbplatform.content.quiz.question.AnswerKey.Matching;
import io.kbplatform.content.quiz.question.AnswerKey.NumericAnswers;
import io.kbplatform.content.quiz.question.AnswerKey.Ordering;
import io.kbplatform.content.quiz.question.AnswerKey.ShortAnswers;
import io.kbplatform.content.quiz.question.AnswerKey.TrueFalse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A stored question version reads back exactly as it was written, for every type. */
class QuestionJsonTest {

  private static FormattedText t(String text) {
    return FormattedText.of(text);
  }

  static Stream<QuestionContent> everyType() {
    return Stream.of(
        question(
            new Choices(
                List.of(
                    new Choice("1", t("七天"), 1, t("对，七天无理由退货")),
                    new Choice("2", new FormattedText("<b>十五天</b>", TextFormat.HTML), 0, null)),
                false,
                true)),
        question(
            new Choices(
                List.of(
                    new Choice("1", t("身份证"), 0.5, null),
                    new Choice("2", t("护照"), 0.5, null),
                    new Choice("3", t("工牌"), -1, t("工牌不能核实客户身份"))),
                true,
                false)),
        question(new TrueFalse(true, t("正确"), t("再读一遍退款政策"))),
        question(
            new ShortAnswers(
                List.of(
                    new AcceptedAnswer("退款", 1, null), new AcceptedAnswer("退*", 0.5, t("接近"))))),
        question(
            new NumericAnswers(
                List.of(
                    new NumericAnswer(7, 0, 1, null),
                    NumericAnswer.range(5, 10, 0.333333333333333, t("差不多"))))),
        question(
            new Matching(
                List.of(
                    new MatchPair("1", t("退款"), "refund"),
                    new MatchPair("2", t("退货"), "return"),
                    new MatchPair("3", t("退費"), "refund")),
                List.of("exchange"),
                true)),
        question(new Ordering(List.of(new OrderItem("1", t("问候")), new OrderItem("2", t("核实身份"))))),
        question(new Essay(new FormattedText("**共情**、方案、确认", TextFormat.MARKDOWN))));
  }

  private static QuestionContent question(AnswerKey key) {
    return new QuestionContent(
        "Q-" + key.type(),
        new FormattedText("客户要求退款，\n你首先做什么？", TextFormat.MOODLE),
        t("参考《退款政策》第二节"),
        1.5,
        key);
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void writtenAndReadBackItIsTheSameQuestion(QuestionContent question) {
    assertEquals(question, QuestionJson.read(QuestionJson.write(question)));
  }

  @Test
  void whatIsNotAQuestionDocumentIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> QuestionJson.read("not json"));
    assertThrows(IllegalArgumentException.class, () -> QuestionJson.read("{\"v\":1}"));
    assertThrows(IllegalArgumentException.class, () -> QuestionJson.read("{}"));
    assertThrows(IllegalArgumentException.class, () -> QuestionJson.read("{\"v\":99}"));
    assertThrows(
        IllegalArgumentException.class,
        () -> QuestionJson.read("{\"v\":1,\"type\":\"NO_SUCH_TYPE\"}"));
  }
}
