package io.kbplatform.content.quiz.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Computes a quiz's statistics from its attempts' marks exactly as Moodle's statistics report does
 * ({@code mod/quiz/report/statistics/classes/calculator.php} for the quiz, {@code
 * question/classes/statistics/questions/calculator.php} for the questions), in time proportional to
 * attempts × questions plus two sorts per question (for the discriminative efficiency). Sample (n −
 * 1) variances and covariances throughout; a question's "other marks" are the attempt's total minus
 * its mark on that question.
 *
 * <p>Where it departs from Moodle: an attempt's total is the sum of its marks (Moodle reads the
 * stored sum, which is the same for a finished attempt); with no attempts the facility index is
 * empty (Moodle shows 0); marks or totals that differ only by rounding (1e-9 of their size) count
 * as equal, so that no correlation is computed from rounding noise; and a slot's statistics are not
 * broken down by the questions a random slot drew or by variants.
 */
public final class QuizStatisticsCalculator {

  private static final OptionalDouble NONE = OptionalDouble.empty();

  private QuizStatisticsCalculator() {}

  /** The statistics of the attempts that {@code which} counts. */
  public static QuizStatistics calculate(AttemptMarks marks, AttemptsCounted which) {
    int[] counted = marks.attemptsCounted(which);
    int s = counted.length;
    int k = marks.questionCount();
    double[] totals = new double[s];
    double[] columns = new double[k * s];
    for (int i = 0; i < s; i++) {
      int attempt = counted[i];
      totals[i] = marks.sum(attempt);
      for (int q = 0; q < k; q++) {
        columns[q * s + i] = marks.mark(attempt, q);
      }
    }
    ScoreDistribution distribution = ScoreDistribution.of(totals);
    double totalMean = distribution.mean().orElse(0);
    boolean totalsConstant = distribution.variance().orElse(0) == 0;

    QuestionMoments[] moments = new QuestionMoments[k];
    double[] others = new double[s];
    double sumOfMarkVariance = 0;
    double sumOfRootCovarianceWithTotal = 0;
    for (int q = 0; q < k; q++) {
      moments[q] = QuestionMoments.of(columns, q * s, s, totals, totalMean, totalsConstant, others);
      sumOfMarkVariance += moments[q].variance();
      if (moments[q].covarianceWithTotal() >= 0) {
        sumOfRootCovarianceWithTotal += Math.sqrt(moments[q].covarianceWithTotal());
      }
    }

    double maxGrade = marks.maxGrade();
    List<QuestionStatistics> questions = new ArrayList<>(k);
    for (int q = 0; q < k; q++) {
      questions.add(
          moments[q].statistics(marks.questions().get(q), maxGrade, sumOfRootCovarianceWithTotal));
    }

    OptionalDouble alpha = NONE;
    OptionalDouble errorRatio = NONE;
    OptionalDouble standardError = NONE;
    double variance = distribution.variance().orElse(0);
    if (s > 2 && k > 1 && variance != 0) {
      double cic = 100.0 * k / (k - 1) * (1 - sumOfMarkVariance / variance);
      double ratio = 100 * Math.sqrt(Math.max(0, 1 - cic / 100));
      alpha = OptionalDouble.of(cic);
      errorRatio = OptionalDouble.of(ratio);
      standardError = percentOf(ratio * Math.sqrt(variance) / 100, maxGrade);
    }
    return new QuizStatistics(
        which,
        s,
        percentOf(distribution.mean(), maxGrade),
        percentOf(distribution.median(), maxGrade),
        percentOf(distribution.standardDeviation(), maxGrade),
        distribution.skewness(),
        distribution.kurtosis(),
        alpha,
        errorRatio,
        standardError,
        questions);
  }

  static OptionalDouble percentOf(double value, double whole) {
    return whole == 0 ? NONE : OptionalDouble.of(100 * value / whole);
  }

  static OptionalDouble percentOf(OptionalDouble value, double whole) {
    return value.isPresent() ? percentOf(value.getAsDouble(), whole) : NONE;
  }
}
