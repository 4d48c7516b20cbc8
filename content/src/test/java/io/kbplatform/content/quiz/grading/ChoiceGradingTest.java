package io.kbplatform.content.quiz.grading;

import static io.kbplatform.content.quiz.grading.Questions.GENERAL;
import static io.kbplatform.content.quiz.grading.Questions.feedback;
import static io.kbplatform.content.quiz.grading.Questions.multipleChoice;
import static io.kbplatform.content.quiz.grading.Questions.option;
import static io.kbplatform.content.quiz.grading.Questions.question;
import static io.kbplatform.content.quiz.grading.Questions.singleChoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceGradingTest {

  private static final QuestionContent SINGLE =
      singleChoice(option("a", 1), option("b", 0.5), option("c", 0), option("d", -0.5));

  /** Two right options worth half each, one wrong costing half, one neutral. */
  private static final QuestionContent MULTIPLE =
      multipleChoice(option("a", 0.5), option("b", 0.5), option("c", -0.5), option("d", 0));

  private static double fraction(QuestionContent question, Response response) {
    return QuestionGrader.grade(question, response).fraction().orElseThrow();
  }

  @Test
  void theRightOptionEarnsFullMarksWithItsFeedbackAndTheGeneralFeedback() {
    Grade grade = QuestionGrader.grade(SINGLE, new Response.Choice("a"));

    assertEquals(1, grade.fraction().orElseThrow());
    assertEquals(Grade.Outcome.CORRECT, grade.outcome());
    assertEquals(List.of(feedback("chose a")), grade.feedback());
    assertEquals(GENERAL, grade.generalFeedback());
    assertTrue(grade.complete());
  }

  @Test
  void aPartlyRightOptionEarnsItsFraction() {
    Grade grade = QuestionGrader.grade(SINGLE, new Response.Choice("b"));

    assertEquals(0.5, grade.fraction().orElseThrow());
    assertEquals(Grade.Outcome.PARTIALLY_CORRECT, grade.outcome());
  }

  @Test
  void aPenalisedOptionCostsNothingBelowZeroButKeepsItsFeedback() {
    Grade grade = QuestionGrader.grade(SINGLE, new Response.Choice("d"));

    assertEquals(0, grade.fraction().orElseThrow());
    assertEquals(Grade.Outcome.INCORRECT, grade.outcome());
    assertEquals(List.of(feedback("chose d")), grade.feedback());
  }

  @Test
  void noOptionChosenEarnsNothingAndIsIncomplete() {
    for (Response none :
        new Response[] {null, new Response.Choice(null), new Response.Choice(" ")}) {
      Grade grade = QuestionGrader.grade(SINGLE, none);
      assertEquals(0, grade.fraction().orElseThrow());
      assertFalse(grade.complete());
      assertTrue(grade.feedback().isEmpty());
      assertEquals(GENERAL, grade.generalFeedback(), "general feedback always applies");
    }
  }

  @Test
  void anOptionOfAnotherQuestionIsRefused() {
    InvalidResponse refused =
        assertThrows(
            InvalidResponse.class, () -> QuestionGrader.grade(SINGLE, new Response.Choice("z")));
    assertEquals("'z' is not an option of this question.", refused.getMessage());
  }

  @Test
  void aSingleChoiceAnsweredWithSeveralOptionsIsRefused() {
    InvalidResponse refused =
        assertThrows(
            InvalidResponse.class,
            () -> QuestionGrader.grade(SINGLE, new Response.Choices(List.of("a"))));
    assertTrue(refused.getMessage().startsWith("A single choice question is answered with one"));
  }

  @Test
  void multipleChoiceAddsTheChosenOptionsFractions() {
    assertEquals(1, fraction(MULTIPLE, new Response.Choices(List.of("a", "b"))));
    assertEquals(0.5, fraction(MULTIPLE, new Response.Choices(List.of("b", "d"))));
  }

  @Test
  void aWrongOptionTakesBackWhatARightOneEarned() {
    assertEquals(0.5, fraction(MULTIPLE, new Response.Choices(List.of("a", "b", "c"))));
  }

  @Test
  void penaltiesNeverTakeTheGradeBelowZero() {
    assertEquals(0, fraction(MULTIPLE, new Response.Choices(List.of("c"))));
    assertEquals(0, fraction(MULTIPLE, new Response.Choices(List.of("a", "c", "d"))));
  }

  @Test
  void fractionsAddingUpToMoreThanOneAreCappedAtOne() {
    QuestionContent generous = multipleChoice(option("a", 0.75), option("b", 0.75));

    assertEquals(1, fraction(generous, new Response.Choices(List.of("a", "b"))));
  }

  @Test
  void anOptionNamedTwiceCountsOnce() {
    Grade grade = QuestionGrader.grade(MULTIPLE, new Response.Choices(List.of("a", "a")));

    assertEquals(0.5, grade.fraction().orElseThrow());
    assertEquals(List.of(feedback("chose a")), grade.feedback());
  }

  @Test
  void eachChosenOptionsFeedbackAppliesInTheQuestionsOrder() {
    Grade grade = QuestionGrader.grade(MULTIPLE, new Response.Choices(List.of("c", "a")));

    assertEquals(List.of(feedback("chose a"), feedback("chose c")), grade.feedback());
  }

  @Test
  void noOptionChosenInAMultipleChoiceIsIncompleteAndEarnsNothing() {
    Grade grade = QuestionGrader.grade(MULTIPLE, new Response.Choices(List.of()));

    assertEquals(0, grade.fraction().orElseThrow());
    assertFalse(grade.complete());
  }

  @Test
  void moreChoicesThanOptionsAreRefused() {
    InvalidResponse refused =
        assertThrows(
            InvalidResponse.class,
            () ->
                QuestionGrader.grade(
                    MULTIPLE, new Response.Choices(List.of("a", "a", "b", "b", "c"))));
    assertEquals("5 options chosen, but the question has only 4.", refused.getMessage());
  }

  @Test
  void aForeignOptionAmongRightOnesIsRefused() {
    assertThrows(
        InvalidResponse.class,
        () -> QuestionGrader.grade(MULTIPLE, new Response.Choices(List.of("a", "x"))));
  }

  @Test
  void aMultipleChoiceAnsweredWithOneOptionShapeIsRefused() {
    assertThrows(
        InvalidResponse.class, () -> QuestionGrader.grade(MULTIPLE, new Response.Choice("a")));
  }

  @Test
  void trueFalseEarnsAllOrNothingWithTheFeedbackOfTheValueChosen() {
    QuestionContent statement =
        question(
            new AnswerKey.TrueFalse(
                false, FormattedText.of("Refunds take 7 days."), FormattedText.of("Right.")));

    Grade saidFalse = QuestionGrader.grade(statement, new Response.TrueOrFalse(false));
    Grade saidTrue = QuestionGrader.grade(statement, new Response.TrueOrFalse(true));

    assertEquals(1, saidFalse.fraction().orElseThrow());
    assertEquals(List.of(FormattedText.of("Right.")), saidFalse.feedback());
    assertEquals(0, saidTrue.fraction().orElseThrow());
    assertEquals(List.of(FormattedText.of("Refunds take 7 days.")), saidTrue.feedback());
  }

  @Test
  void trueFalseWithoutFeedbackGivesNone() {
    QuestionContent statement = question(new AnswerKey.TrueFalse(true, null, null));

    Grade grade = QuestionGrader.grade(statement, new Response.TrueOrFalse(true));

    assertEquals(1, grade.fraction().orElseThrow());
    assertTrue(grade.feedback().isEmpty());
  }

  @Test
  void trueFalseAnsweredWithAnOptionIsRefused() {
    QuestionContent statement = question(new AnswerKey.TrueFalse(true, null, null));

    assertThrows(
        InvalidResponse.class, () -> QuestionGrader.grade(statement, new Response.Choice("true")));
  }
}
