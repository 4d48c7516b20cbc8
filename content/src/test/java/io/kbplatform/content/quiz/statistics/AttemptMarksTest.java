package io.kbplatform.content.quiz.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AttemptMarksTest {

  private static final List<QuestionSlot> QUESTIONS =
      List.of(new QuestionSlot("a", 1), new QuestionSlot("b", 2.5));

  @Test
  void keepsEveryAttemptsMarksAndTotalBeyondItsInitialCapacity() {
    AttemptMarks.Builder builder = AttemptMarks.builder(QUESTIONS);
    for (int i = 0; i < 1000; i++) {
      builder.attempt("u" + i, 1, i % 2, i % 3);
    }
    AttemptMarks marks = builder.build();
    assertEquals(1000, marks.attemptCount());
    assertEquals(2, marks.questionCount());
    assertEquals(3.5, marks.maxGrade());
    assertEquals(1, marks.mark(999, 0));
    assertEquals(0, marks.mark(999, 1));
    assertEquals(3, marks.sum(995));
    assertEquals("u998", marks.userId(998));
    assertEquals(1, marks.attemptNumber(998));
  }

  @Test
  void refusesMarksThatDoNotMatchTheQuestions() {
    AttemptMarks.Builder builder = AttemptMarks.builder(QUESTIONS);
    assertThrows(IllegalArgumentException.class, () -> builder.attempt("u", 1, 1));
    assertThrows(
        IllegalArgumentException.class, () -> builder.attempt("u", 1, 1, Double.POSITIVE_INFINITY));
  }

  @Test
  void refusesTheSameAttemptOfALearnerTwice() {
    AttemptMarks.Builder builder = AttemptMarks.builder(QUESTIONS).attempt("u", 1, 1, 1);
    assertThrows(IllegalArgumentException.class, () -> builder.attempt("u", 1, 0, 0));
  }

  @Test
  void refusesANegativeMaxMarkOrAGuessScoreThatIsMissingRatherThanEmpty() {
    assertThrows(IllegalArgumentException.class, () -> new QuestionSlot("q", -1));
    assertThrows(NullPointerException.class, () -> new QuestionSlot("q", 1, (OptionalDouble) null));
  }
}
