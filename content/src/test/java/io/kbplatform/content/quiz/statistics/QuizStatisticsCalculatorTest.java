package io.kbplatform.content.quiz.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizStatisticsCalculatorTest {

  private static final double EPS = 1e-9;

  /**
   * Six learners, one attempt each; max marks 1, 1, 2, 1 (max grade 5). Totals 4, 5, 3, 3, 1.5, 1.
   */
  static final double[][] MARKS = {
    {1, 1, 2, 0},
    {1, 1, 2, 1},
    {1, 0, 2, 0},
    {0, 1, 1, 1},
    {1, 0, 0.5, 0},
    {0, 0, 0, 1},
  };

  static final List<QuestionSlot> QUESTIONS =
      List.of(
          new QuestionSlot("true-false", 1, OptionalDouble.of(0.5)),
          new QuestionSlot("four-options", 1, OptionalDouble.of(0.25)),
          new QuestionSlot("two-marks", 2),
          new QuestionSlot("miskeyed", 1));

  static AttemptMarks fixture() {
    AttemptMarks.Builder builder = AttemptMarks.builder(QUESTIONS);
    for (int i = 0; i < MARKS.length; i++) {
      builder.attempt("learner-" + i, 1, MARKS[i]);
    }
    return builder.build();
  }

  private final QuizStatistics stats =
      QuizStatisticsCalculator.calculate(fixture(), AttemptsCounted.ALL);

  @Test
  void theQuizsMeanAndMedianArePercentagesOfItsMaxGradeThatCanBeCheckedByHand() {
    assertEquals(6, stats.attempts());
    assertEquals(AttemptsCounted.ALL, stats.attemptsCounted());
    assertEquals(17.5 / 6 / 5 * 100, stats.mean().getAsDouble(), EPS); // 58.33%
    assertEquals(60, stats.median().getAsDouble(), EPS); // (3 + 3) / 2 of 5
  }

  @Test
  void theSpreadAndShapeOfTotalsFollowTheSampleFormulas() {
    double[] totals = Textbook.totals(MARKS);
    double sd = Math.sqrt(Textbook.variance(totals));
    assertEquals(100 * sd / 5, stats.standardDeviation().getAsDouble(), EPS);
    assertEquals(Textbook.skewness(totals), stats.skewness().getAsDouble(), EPS);
    assertEquals(Textbook.kurtosis(totals), stats.kurtosis().getAsDouble(), EPS);
    // the same figures from scipy.stats.skew / kurtosis with bias=False
    assertEquals(0.0384852135888534, stats.skewness().getAsDouble(), 1e-12);
    assertEquals(-0.9929381849338723, stats.kurtosis().getAsDouble(), 1e-12);
  }

  @Test
  void reliabilityIsCronbachsAlphaWithItsErrorRatioAndStandardError() {
    double alpha = Textbook.cronbachAlpha(MARKS);
    assertEquals(100 * alpha, stats.cronbachAlpha().getAsDouble(), EPS);
    assertEquals(35.68773234200743, stats.cronbachAlpha().getAsDouble(), 1e-9);
    double errorRatio = Math.sqrt(1 - alpha);
    assertEquals(100 * errorRatio, stats.errorRatio().getAsDouble(), EPS);
    assertEquals(
        errorRatio * stats.standardDeviation().getAsDouble(),
        stats.standardError().getAsDouble(),
        EPS);
  }

  @Test
  void facilityAndStandardDeviationArePercentagesOfEachQuestionsMaxMark() {
    double[] expectedFacility = {400.0 / 6, 50, 62.5, 50};
    for (int q = 0; q < 4; q++) {
      QuestionStatistics question = stats.questions().get(q);
      double maxMark = QUESTIONS.get(q).maxMark();
      double[] marks = Textbook.column(MARKS, q);
      assertEquals(QUESTIONS.get(q).questionId(), question.questionId());
      assertEquals(expectedFacility[q], question.facilityIndex().getAsDouble(), EPS);
      assertEquals(
          100 * Math.sqrt(Textbook.variance(marks)) / maxMark,
          question.standardDeviation().getAsDouble(),
          EPS);
    }
  }

  @Test
  void intendedWeightsAndRandomGuessScoresArePercentages() {
    assertEquals(List.of(20.0, 20.0, 40.0, 20.0), intendedWeights(stats));
    assertEquals(50, stats.questions().get(0).randomGuessScore().getAsDouble(), EPS);
    assertEquals(25, stats.questions().get(1).randomGuessScore().getAsDouble(), EPS);
    assertTrue(stats.questions().get(2).randomGuessScore().isEmpty());
  }

  @Test
  void discriminationIndexCorrelatesEachQuestionWithTheRestOfTheQuiz() {
    double[] totals = Textbook.totals(MARKS);
    for (int q = 0; q < 4; q++) {
      double[] marks = Textbook.column(MARKS, q);
      double r = Textbook.pearson(marks, Textbook.minus(totals, marks));
      assertEquals(100 * r, stats.questions().get(q).discriminationIndex().getAsDouble(), EPS);
    }
    assertEquals(-29.2103118918493, discrimination(3), 1e-9);
  }

  @Test
  void discriminativeEfficiencyComparesTheCovarianceWithTheLargestTheMarksAllow() {
    double[] totals = Textbook.totals(MARKS);
    for (int q = 0; q < 4; q++) {
      double[] marks = Textbook.column(MARKS, q);
      double[] others = Textbook.minus(totals, marks);
      double largest = Textbook.covariance(Textbook.sorted(marks), Textbook.sorted(others));
      assertEquals(
          100 * Textbook.covariance(marks, others) / largest,
          stats.questions().get(q).discriminativeEfficiency().getAsDouble(),
          EPS);
    }
    assertEquals(200.0 / 3, stats.questions().get(2).discriminativeEfficiency().getAsDouble(), EPS);
  }

  @Test
  void effectiveWeightsShareTheSpreadOfTotalsAndAddUpToAHundred() {
    double[] totals = Textbook.totals(MARKS);
    double[] roots = new double[4];
    double sum = 0;
    for (int q = 0; q < 4; q++) {
      roots[q] = Math.sqrt(Textbook.covariance(Textbook.column(MARKS, q), totals));
      sum += roots[q];
    }
    double total = 0;
    for (int q = 0; q < 4; q++) {
      double weight = stats.questions().get(q).effectiveWeight().getAsDouble();
      assertEquals(100 * roots[q] / sum, weight, EPS);
      total += weight;
    }
    assertEquals(100, total, EPS);
    assertEquals(8.222843036387369, stats.questions().get(3).effectiveWeight().getAsDouble(), 1e-9);
  }

  @Test
  void aQuestionThatWeakLearnersGetRightIsFlaggedAsNegativelyDiscriminating() {
    assertEquals(Set.of(QuestionFlag.NEGATIVE_DISCRIMINATION), stats.questions().get(3).flags());
    assertEquals(Set.of(), stats.questions().get(1).flags());
  }

  @Test
  void aQuestionWhoseMarksFallAsTheRestRiseHasNoEffectiveWeight() {
    QuizStatistics reversed =
        QuizStatisticsCalculator.calculate(
            AttemptMarks.builder(
                    List.of(
                        new QuestionSlot("a", 1),
                        new QuestionSlot("b", 1),
                        new QuestionSlot("c", 1)))
                .attempt("u1", 1, 1, 1, 0)
                .attempt("u2", 1, 1, 1, 0)
                .attempt("u3", 1, 0, 0, 1)
                .attempt("u4", 1, 0, 1, 0)
                .build(),
            AttemptsCounted.ALL);
    assertTrue(reversed.questions().get(2).effectiveWeight().isEmpty());
    double shown =
        reversed.questions().get(0).effectiveWeight().getAsDouble()
            + reversed.questions().get(1).effectiveWeight().getAsDouble();
    assertEquals(100, shown, EPS);
  }

  @Test
  void manyRandomAttemptsAgreeWithTheTextbookFormulas() {
    Random random = new Random(42);
    int attempts = 300;
    int k = 12;
    double[][] rows = new double[attempts][k];
    List<QuestionSlot> questions = new java.util.ArrayList<>();
    for (int q = 0; q < k; q++) {
      questions.add(new QuestionSlot("q" + q, 1 + q % 3));
    }
    AttemptMarks.Builder builder = AttemptMarks.builder(questions);
    for (int i = 0; i < attempts; i++) {
      double ability = random.nextGaussian();
      for (int q = 0; q < k; q++) {
        double p = 1 / (1 + Math.exp(-(ability + (q - 6) * 0.3)));
        rows[i][q] = random.nextDouble() < p ? questions.get(q).maxMark() : 0;
      }
      builder.attempt("u" + i, 1, rows[i]);
    }
    QuizStatistics result =
        QuizStatisticsCalculator.calculate(builder.build(), AttemptsCounted.ALL);
    double[] totals = Textbook.totals(rows);
    double maxGrade = questions.stream().mapToDouble(QuestionSlot::maxMark).sum();
    assertEquals(100 * Textbook.mean(totals) / maxGrade, result.mean().getAsDouble(), 1e-9);
    assertEquals(100 * Textbook.median(totals) / maxGrade, result.median().getAsDouble(), 1e-9);
    assertEquals(Textbook.skewness(totals), result.skewness().getAsDouble(), 1e-9);
    assertEquals(Textbook.kurtosis(totals), result.kurtosis().getAsDouble(), 1e-9);
    assertEquals(100 * Textbook.cronbachAlpha(rows), result.cronbachAlpha().getAsDouble(), 1e-9);
    for (int q = 0; q < k; q++) {
      double[] marks = Textbook.column(rows, q);
      double[] others = Textbook.minus(totals, marks);
      QuestionStatistics question = result.questions().get(q);
      assertEquals(
          100 * Textbook.mean(marks) / questions.get(q).maxMark(),
          question.facilityIndex().getAsDouble(),
          1e-9);
      assertEquals(
          100 * Textbook.pearson(marks, others),
          question.discriminationIndex().getAsDouble(),
          1e-8);
      assertEquals(
          100
              * Textbook.covariance(marks, others)
              / Textbook.covariance(Textbook.sorted(marks), Textbook.sorted(others)),
          question.discriminativeEfficiency().getAsDouble(),
          1e-8);
    }
  }

  private double discrimination(int question) {
    return stats.questions().get(question).discriminationIndex().getAsDouble();
  }

  private static List<Double> intendedWeights(QuizStatistics statistics) {
    return statistics.questions().stream().map(QuestionStatistics::intendedWeight).toList();
  }
}
