package io.kbplatform.content.quiz.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Where a statistic cannot be computed it is empty, never NaN or infinite. */
class DegenerateStatisticsTest {

  private static final List<QuestionSlot> TWO =
      List.of(new QuestionSlot("a", 1), new QuestionSlot("b", 2));

  private static QuizStatistics all(AttemptMarks marks) {
    return QuizStatisticsCalculator.calculate(marks, AttemptsCounted.ALL);
  }

  @Test
  void aQuizWithoutAttemptsHasOnlyItsIntendedWeightsAndGuessScores() {
    QuizStatistics stats =
        all(
            AttemptMarks.builder(
                    List.of(
                        new QuestionSlot("a", 1, OptionalDouble.of(0.5)), new QuestionSlot("b", 3)))
                .build());
    assertEquals(0, stats.attempts());
    assertAllQuizFiguresEmpty(stats, true);
    QuestionStatistics a = stats.questions().get(0);
    assertEquals(25, a.intendedWeight(), 1e-12);
    assertEquals(OptionalDouble.of(50), a.randomGuessScore());
    assertTrue(a.facilityIndex().isEmpty());
    assertTrue(a.standardDeviation().isEmpty());
    assertTrue(a.effectiveWeight().isEmpty());
    assertTrue(a.discriminationIndex().isEmpty());
    assertTrue(a.discriminativeEfficiency().isEmpty());
    assertTrue(a.flags().isEmpty());
  }

  @Test
  void oneAttemptHasAMeanMedianAndFacilityButNoSpread() {
    QuizStatistics stats = all(AttemptMarks.builder(TWO).attempt("u", 1, 1, 1).build());
    assertEquals(OptionalDouble.of(100 * 2 / 3.0), stats.mean());
    assertEquals(stats.mean(), stats.median());
    assertAllQuizFiguresEmpty(stats, false);
    QuestionStatistics b = stats.questions().get(1);
    assertEquals(OptionalDouble.of(50), b.facilityIndex());
    assertTrue(b.standardDeviation().isEmpty());
    assertTrue(b.effectiveWeight().isEmpty());
    assertTrue(b.discriminationIndex().isEmpty());
    assertTrue(b.discriminativeEfficiency().isEmpty());
  }

  @Test
  void twoAttemptsHaveAStandardDeviationButNoShapeOrReliability() {
    QuizStatistics stats =
        all(AttemptMarks.builder(TWO).attempt("u", 1, 1, 2).attempt("v", 1, 0, 1).build());
    assertEquals(100 * Math.sqrt(2) / 3, stats.standardDeviation().getAsDouble(), 1e-12);
    assertTrue(stats.skewness().isEmpty());
    assertTrue(stats.kurtosis().isEmpty());
    assertTrue(stats.cronbachAlpha().isEmpty());
    assertTrue(stats.errorRatio().isEmpty());
    assertTrue(stats.standardError().isEmpty());
  }

  @Test
  void threeAttemptsHaveASkewnessButNoKurtosis() {
    QuizStatistics stats =
        all(
            AttemptMarks.builder(TWO)
                .attempt("u", 1, 1, 2)
                .attempt("v", 1, 0, 1)
                .attempt("w", 1, 0, 0)
                .build());
    assertTrue(stats.skewness().isPresent());
    assertTrue(stats.kurtosis().isEmpty());
    assertTrue(stats.cronbachAlpha().isPresent());
  }

  @Test
  void equalTotalsGiveAZeroStandardDeviationAndNothingThatDividesByIt() {
    // 0.1 + 0.2 differs from 0.3 in the last bit; the totals still count as equal
    QuizStatistics stats =
        all(
            AttemptMarks.builder(List.of(new QuestionSlot("a", 1), new QuestionSlot("b", 1)))
                .attempt("u", 1, 0.1, 0.2)
                .attempt("v", 1, 0.3, 0)
                .attempt("w", 1, 0.2, 0.1)
                .attempt("x", 1, 0, 0.3)
                .build());
    assertEquals(OptionalDouble.of(0), stats.standardDeviation());
    assertTrue(stats.skewness().isEmpty());
    assertTrue(stats.kurtosis().isEmpty());
    assertTrue(stats.cronbachAlpha().isEmpty());
    assertTrue(stats.errorRatio().isEmpty());
    assertTrue(stats.standardError().isEmpty());
    for (QuestionStatistics question : stats.questions()) {
      assertTrue(question.effectiveWeight().isEmpty(), "no spread of totals to share");
    }
  }

  @Test
  void aQuestionEveryoneGetsRightHasNoDiscriminationAndZeroWeight() {
    QuizStatistics stats =
        all(
            AttemptMarks.builder(
                    List.of(
                        new QuestionSlot("easy", 1),
                        new QuestionSlot("b", 1),
                        new QuestionSlot("c", 1)))
                .attempt("u", 1, 1, 1, 1)
                .attempt("v", 1, 1, 0, 1)
                .attempt("w", 1, 1, 0, 0)
                .attempt("x", 1, 1, 1, 0)
                .build());
    QuestionStatistics easy = stats.questions().get(0);
    assertEquals(OptionalDouble.of(100), easy.facilityIndex());
    assertEquals(OptionalDouble.of(0), easy.standardDeviation());
    assertEquals(OptionalDouble.of(0), easy.effectiveWeight());
    assertTrue(easy.discriminationIndex().isEmpty());
    assertTrue(easy.discriminativeEfficiency().isEmpty());
    assertEquals(java.util.Set.of(QuestionFlag.TOO_EASY), easy.flags());
  }

  @Test
  void aQuestionThatIsTheOnlyOneThatVariesHasNoRestOfQuizToCorrelateWith() {
    QuizStatistics stats =
        all(
            AttemptMarks.builder(TWO)
                .attempt("u", 1, 1, 2)
                .attempt("v", 1, 0, 2)
                .attempt("w", 1, 1, 2)
                .build());
    QuestionStatistics a = stats.questions().get(0);
    assertTrue(a.discriminationIndex().isEmpty());
    assertTrue(a.discriminativeEfficiency().isEmpty());
    assertEquals(OptionalDouble.of(100), a.effectiveWeight());
  }

  @Test
  void aSingleQuestionQuizHasNoInternalConsistency() {
    QuizStatistics stats =
        all(
            AttemptMarks.builder(List.of(new QuestionSlot("only", 1)))
                .attempt("u", 1, 1)
                .attempt("v", 1, 0)
                .attempt("w", 1, 1)
                .build());
    assertTrue(stats.skewness().isPresent());
    assertTrue(stats.cronbachAlpha().isEmpty());
    assertTrue(stats.questions().get(0).discriminationIndex().isEmpty());
  }

  @Test
  void aQuestionWorthNothingHasNoPercentagesOfItsMaxMark() {
    QuizStatistics stats =
        all(
            AttemptMarks.builder(List.of(new QuestionSlot("a", 1), new QuestionSlot("zero", 0)))
                .attempt("u", 1, 1, 0)
                .attempt("v", 1, 0, 0)
                .build());
    QuestionStatistics zero = stats.questions().get(1);
    assertTrue(zero.facilityIndex().isEmpty());
    assertTrue(zero.standardDeviation().isEmpty());
    assertEquals(0, zero.intendedWeight());
  }

  @Test
  void aQuizWorthNothingHasNoPercentagesOfItsMaxGrade() {
    QuizStatistics stats =
        all(
            AttemptMarks.builder(List.of(new QuestionSlot("zero", 0)))
                .attempt("u", 1, 0)
                .attempt("v", 1, 0)
                .build());
    assertTrue(stats.mean().isEmpty());
    assertTrue(stats.median().isEmpty());
    assertTrue(stats.standardDeviation().isEmpty());
    assertEquals(0, stats.questions().get(0).intendedWeight());
  }

  @Test
  void anUnansweredOrUngradedQuestionCountsAsZero() {
    AttemptMarks marks =
        AttemptMarks.builder(TWO).attempt("u", 1, Double.NaN, 2).attempt("v", 1, 1, 1).build();
    assertEquals(0, marks.mark(0, 0));
    assertEquals(2, marks.sum(0));
    assertEquals(OptionalDouble.of(50), all(marks).questions().get(0).facilityIndex());
  }

  private static void assertAllQuizFiguresEmpty(QuizStatistics stats, boolean meanToo) {
    if (meanToo) {
      assertTrue(stats.mean().isEmpty());
      assertTrue(stats.median().isEmpty());
    }
    assertTrue(stats.standardDeviation().isEmpty());
    assertTrue(stats.skewness().isEmpty());
    assertTrue(stats.kurtosis().isEmpty());
    assertTrue(stats.cronbachAlpha().isEmpty());
    assertTrue(stats.errorRatio().isEmpty());
    assertTrue(stats.standardError().isEmpty());
  }
}
