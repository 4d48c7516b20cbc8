package io.kbplatform.content.quiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.AnswerKey.Choices;
import io.kbplatform.content.quiz.question.AnswerKey.Matching;
import io.kbplatform.content.quiz.question.AnswerKey.NumericAnswers;
import io.kbplatform.content.quiz.question.AnswerKey.Ordering;
import io.kbplatform.content.quiz.question.AnswerKey.ShortAnswers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Moodle's rules for a question that can be stored and graded. */
class QuestionCheckTest {

  private static Optional<String> check(AnswerKey key) {
    return QuestionCheck.problem(new QuestionContent("", FormattedText.of("问题"), null, 1, key));
  }

  private static Choice option(String id, double fraction) {
    return new Choice(id, FormattedText.of("选项 " + id), fraction, null);
  }

  @Test
  void aSingleChoiceQuestionNeedsAnOptionWorthFullMarks() {
    assertEquals(
        Optional.empty(), check(new Choices(List.of(option("a", 1), option("b", 0)), false, true)));
    assertTrue(
        check(new Choices(List.of(option("a", 0.5), option("b", 0)), false, true)).isPresent());
    assertTrue(check(new Choices(List.of(option("a", 1)), false, true)).isPresent(), "one option");
    assertTrue(
        check(new Choices(List.of(option("a", 1), option("a", 0)), false, true)).isPresent(),
        "ids repeat");
  }

  @Test
  void theRightOptionsOfAMultipleAnswerQuestionAddUpToFullMarks() {
    assertEquals(
        Optional.empty(),
        check(
            new Choices(
                List.of(option("a", 0.5), option("b", 0.5), option("c", -1)), true, false)));
    assertTrue(
        check(new Choices(List.of(option("a", 0.5), option("b", 0.4)), true, false))
            .orElseThrow()
            .contains("90.0%"));
    assertTrue(
        check(new Choices(List.of(option("a", 1), option("b", -1.5)), true, false)).isPresent());
  }

  @Test
  void typedAnswersNeedOneWorthFullMarksAndOtherTypesEnoughParts() {
    assertTrue(check(new ShortAnswers(List.of(new AcceptedAnswer("退*", 0.5, null)))).isPresent());
    assertEquals(
        Optional.empty(), check(new ShortAnswers(List.of(new AcceptedAnswer("退款", 1, null)))));
    assertTrue(
        check(new NumericAnswers(List.of(new NumericAnswer(Double.NaN, 0, 1, null)))).isPresent());
    assertTrue(
        check(
                new Matching(
                    List.of(new MatchPair("1", FormattedText.of("退款"), "refund")),
                    List.of("exchange"),
                    true))
            .isPresent(),
        "one item to match");
    assertTrue(
        check(new Ordering(List.of(new OrderItem("1", FormattedText.of("问候"))))).isPresent());
    assertTrue(
        QuestionCheck.problem(
                new QuestionContent("", FormattedText.of(" "), null, 1, new AnswerKey.Essay(null)))
            .isPresent(),
        "no text");
  }
}
