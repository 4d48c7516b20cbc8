package io.kbplatform.content.quiz.grading;

import static io.kbplatform.content.quiz.grading.Questions.GENERAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.quiz.question.FormattedText;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GradeTest {

  @Test
  void theOutcomeToleratesRoundingAsMoodleDoes() {
    Grade thirds = Grade.of(3 * 0.3333333, List.of(), GENERAL, true);

    assertEquals(Grade.Outcome.CORRECT, thirds.outcome());
    assertEquals(Grade.Outcome.INCORRECT, Grade.of(0.0000001, List.of(), GENERAL, true).outcome());
  }

  @Test
  void emptyFeedbackTextsAreLeftOut() {
    Grade grade = Grade.of(1, List.of(FormattedText.EMPTY, FormattedText.of("Yes.")), null, true);

    assertEquals(List.of(FormattedText.of("Yes.")), grade.feedback());
    assertEquals(FormattedText.EMPTY, grade.generalFeedback());
  }

  @Test
  void theMarkIsTheFractionOfTheQuestionsMarkInItsQuiz() {
    assertEquals(OptionalDouble.of(1.5), Grade.of(0.5, List.of(), GENERAL, true).markOutOf(3));
  }

  @Test
  void aFractionOutsideZeroToOneCannotBeAGrade() {
    assertThrows(IllegalArgumentException.class, () -> Grade.of(1.5, List.of(), GENERAL, true));
    assertThrows(IllegalArgumentException.class, () -> Grade.of(-0.1, List.of(), GENERAL, true));
    assertTrue(Grade.needsGrading(GENERAL, true).fraction().isEmpty());
  }
}
