package io.kbplatform.content.quiz.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptsCountedTest {

  private static final List<QuestionSlot> QUESTIONS =
      List.of(new QuestionSlot("a", 1), new QuestionSlot("b", 1), new QuestionSlot("c", 2));

  /**
   * Added out of order on purpose. Ann: #1 total 1, #2 total 4, #3 total 2. Bob: #2 total 3, #1
   * total 3 (a tie). Cy: one attempt. Dee: #1 total 0, #2 total 2.
   */
  private static AttemptMarks attempts() {
    return AttemptMarks.builder(QUESTIONS)
        .attempt("ann", 1, 1, 0, 0) // 0
        .attempt("bob", 2, 0, 1, 2) // 1
        .attempt("ann", 2, 1, 1, 2) // 2
        .attempt("cy", 1, 1, 0, 1) // 3
        .attempt("bob", 1, 1, 0, 2) // 4
        .attempt("ann", 3, 0, 0, 2) // 5
        .attempt("dee", 1, 0, 0, 0) // 6
        .attempt("dee", 2, 1, 1, 0) // 7
        .build();
  }

  @Test
  void firstCountsEachLearnersLowestAttemptNumberWhateverTheOrderAdded() {
    assertArrayEquals(new int[] {0, 3, 4, 6}, attempts().attemptsCounted(AttemptsCounted.FIRST));
  }

  @Test
  void lastCountsEachLearnersHighestAttemptNumber() {
    assertArrayEquals(new int[] {1, 3, 5, 7}, attempts().attemptsCounted(AttemptsCounted.LAST));
  }

  @Test
  void highestCountsTheBestTotalAndOfEqualTotalsTheEarlierAttempt() {
    assertArrayEquals(new int[] {2, 3, 4, 7}, attempts().attemptsCounted(AttemptsCounted.HIGHEST));
  }

  @Test
  void allCountsEveryAttempt() {
    assertArrayEquals(
        new int[] {0, 1, 2, 3, 4, 5, 6, 7}, attempts().attemptsCounted(AttemptsCounted.ALL));
  }

  @Test
  void statisticsOverChosenAttemptsEqualStatisticsOfAQuizWithOnlyThoseAttempts() {
    AttemptMarks all = attempts();
    for (AttemptsCounted which : AttemptsCounted.values()) {
      AttemptMarks.Builder only = AttemptMarks.builder(QUESTIONS);
      for (int attempt : all.attemptsCounted(which)) {
        double[] marks = new double[QUESTIONS.size()];
        for (int q = 0; q < marks.length; q++) {
          marks[q] = all.mark(attempt, q);
        }
        only.attempt(all.userId(attempt), all.attemptNumber(attempt), marks);
      }
      QuizStatistics expected =
          QuizStatisticsCalculator.calculate(only.build(), AttemptsCounted.ALL);
      QuizStatistics actual = QuizStatisticsCalculator.calculate(all, which);
      assertEquals(which, actual.attemptsCounted());
      assertEquals(expected.attempts(), actual.attempts());
      assertEquals(expected.mean(), actual.mean());
      assertEquals(expected.standardDeviation(), actual.standardDeviation());
      assertEquals(expected.cronbachAlpha(), actual.cronbachAlpha());
      assertEquals(expected.questions(), actual.questions());
    }
  }

  @Test
  void theMeanOfHighestAttemptsIsTheMeanOfEachLearnersBestTotal() {
    QuizStatistics highest =
        QuizStatisticsCalculator.calculate(attempts(), AttemptsCounted.HIGHEST);
    assertEquals(4, highest.attempts());
    // best totals 4, 2, 3, 2 of a max grade of 4
    assertEquals(100 * (4 + 2 + 3 + 2) / 4.0 / 4, highest.mean().getAsDouble(), 1e-9);
    QuizStatistics first = QuizStatisticsCalculator.calculate(attempts(), AttemptsCounted.FIRST);
    // first totals 1, 2, 3, 0
    assertEquals(100 * (1 + 2 + 3 + 0) / 4.0 / 4, first.mean().getAsDouble(), 1e-9);
    QuizStatistics every = QuizStatisticsCalculator.calculate(attempts(), AttemptsCounted.ALL);
    assertEquals(8, every.attempts());
  }
}
