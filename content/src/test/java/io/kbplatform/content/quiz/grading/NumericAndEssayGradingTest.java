package io.kbplatform.content.quiz.grading;

import static io.kbplatform.content.quiz.grading.Questions.GENERAL;
import static io.kbplatform.content.quiz.grading.Questions.essay;
import static io.kbplatform.content.quiz.grading.Questions.feedback;
import static io.kbplatform.content.quiz.grading.Questions.number;
import static io.kbplatform.content.quiz.grading.Questions.numeric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.NumericAnswer;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericAndEssayGradingTest {

  /** Refunds within 7 days; 6 to 8 gets half marks. */
  private static final QuestionContent DAYS = numeric(number(7, 0, 1), number(7, 1, 0.5));

  private static double fraction(QuestionContent question, double number) {
    return QuestionGrader.grade(question, new Response.Number(number)).fraction().orElseThrow();
  }

  @Test
  void theFirstAnswerWhoseToleranceHoldsTheNumberCountsWithItsFeedback() {
    Grade exact = QuestionGrader.grade(DAYS, new Response.Number(7));
    Grade near = QuestionGrader.grade(DAYS, new Response.Number(6));

    assertEquals(1, exact.fraction().orElseThrow());
    assertEquals(List.of(feedback("within 7.0")), exact.feedback());
    assertEquals(0.5, near.fraction().orElseThrow());
    assertTrue(near.complete());
  }

  @Test
  void theBoundsOfTheToleranceAreIncluded() {
    assertEquals(0.5, fraction(DAYS, 8));
    assertEquals(0.5, fraction(DAYS, 6));
    assertEquals(0, fraction(DAYS, 8.01));
  }

  @Test
  void aRangeAcceptsEveryNumberInIt() {
    QuestionContent range =
        numeric(NumericAnswer.range(30, 45, 1, FormattedText.of("30 to 45 minutes")));

    assertEquals(1, fraction(range, 30));
    assertEquals(1, fraction(range, 44.5));
    assertEquals(0, fraction(range, 46));
  }

  @Test
  void aNumberEqualToTheBoundAfterRoundingIsAcceptedAsMoodleAcceptsIt() {
    QuestionContent tenth = numeric(number(0.3, 0, 1));

    assertEquals(1, fraction(tenth, 0.1 + 0.2));
  }

  @Test
  void aNumberNoAnswerHoldsEarnsNothing() {
    Grade grade = QuestionGrader.grade(DAYS, new Response.Number(30));

    assertEquals(0, grade.fraction().orElseThrow());
    assertTrue(grade.feedback().isEmpty());
  }

  @Test
  void negativeNumbersAreNumbersToo() {
    assertEquals(1, fraction(numeric(number(-2.5, 0.1, 1)), -2.45));
  }

  @Test
  void notANumberAndInfinityAreRefused() {
    for (double notFinite :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvalidResponse refused =
          assertThrows(InvalidResponse.class, () -> fraction(DAYS, notFinite));
      assertTrue(refused.getMessage().startsWith("The answer must be a finite number"));
    }
  }

  @Test
  void aNumericQuestionAnsweredWithTextIsRefused() {
    assertThrows(InvalidResponse.class, () -> QuestionGrader.grade(DAYS, new Response.Text("7")));
  }

  @Test
  void noNumberGivenEarnsNothingAndIsIncomplete() {
    Grade grade = QuestionGrader.grade(DAYS, null);

    assertEquals(0, grade.fraction().orElseThrow());
    assertFalse(grade.complete());
  }

  @Test
  void anEssayWaitsForATrainerWithTheGeneralFeedbackReady() {
    Grade grade = QuestionGrader.grade(essay(), new Response.Text("客户可在七天内申请退款。"));

    assertTrue(grade.fraction().isEmpty());
    assertTrue(grade.needsManualGrading());
    assertEquals(Grade.Outcome.NEEDS_GRADING, grade.outcome());
    assertTrue(grade.markOutOf(5).isEmpty());
    assertTrue(grade.complete());
    assertEquals(GENERAL, grade.generalFeedback());
  }

  @Test
  void aBlankOrMissingEssayIsIncompleteAndStillHasNoFraction() {
    for (Response blank : new Response[] {new Response.Text("  "), new Response.Text(null), null}) {
      Grade grade = QuestionGrader.grade(essay(), blank);
      assertTrue(grade.needsManualGrading());
      assertFalse(grade.complete());
    }
  }

  @Test
  void anEssayMayBeTenTimesLongerThanAShortAnswerButNoLonger() {
    String atLimit = "x".repeat(QuestionGrader.MAX_ESSAY_LENGTH);

    assertTrue(QuestionGrader.grade(essay(), new Response.Text(atLimit)).complete());
    InvalidResponse refused =
        assertThrows(
            InvalidResponse.class,
            () -> QuestionGrader.grade(essay(), new Response.Text(atLimit + "x")));
    assertEquals("The answer is longer than the 100000 characters allowed.", refused.getMessage());
  }

  @Test
  void anEssayAnsweredWithAChoiceIsRefused() {
    assertThrows(
        InvalidResponse.class, () -> QuestionGrader.grade(essay(), new Response.Choice("a")));
  }
}
