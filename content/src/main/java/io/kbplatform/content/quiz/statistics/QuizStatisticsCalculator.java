package io.kbplatform.content.quiz.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Computes a quiz's statistics from its attempts' marks exactly as Moodle's statistics report does
 * ({@code mod/quiz/report/statistics/classes/calculator.php} for the quiz, {@code
 * question/classes/statistics/questions/calculator.php} for the questions), in time proportional to
 * attempts × questions plus one sort per question. Sample (n − 1) variances and covariances
 * throughout; a question's "other marks" are the attempt's total minus its mark on that question.
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
      sumOfMarkVariance += moments[q].variance;
      if (moments[q].covarianceWithTotal >= 0) {
        sumOfRootCovarianceWithTotal += Math.sqrt(moments[q].covarianceWithTotal);
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

  /**
   * One question's mean and sample (co)variances in marks; variances are 0 and covariances NaN
   * below two attempts.
   */
  private record QuestionMoments(
      int attempts,
      double mean,
      double variance,
      double otherVariance,
      double covariance,
      double maxCovariance,
      double covarianceWithTotal) {

    /**
     * Reads the question's marks from {@code columns[from, from + s)}, then sorts them there;
     * {@code others} is scratch space of length s.
     */
    static QuestionMoments of(
        double[] columns,
        int from,
        int s,
        double[] totals,
        double totalMean,
        boolean totalsConstant,
        double[] others) {
      if (s == 0) {
        return new QuestionMoments(0, Double.NaN, 0, 0, Double.NaN, Double.NaN, Double.NaN);
      }
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double otherMin = Double.POSITIVE_INFINITY;
      double otherMax = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < s; i++) {
        double mark = columns[from + i];
        double other = totals[i] - mark;
        others[i] = other;
        sum += mark;
        min = Math.min(min, mark);
        max = Math.max(max, mark);
        otherMin = Math.min(otherMin, other);
        otherMax = Math.max(otherMax, other);
      }
      double mean = sum / s;
      if (s == 1) {
        return new QuestionMoments(1, mean, 0, 0, Double.NaN, Double.NaN, Double.NaN);
      }
      double otherMean = totalMean - mean;
      boolean marksVary = !ScoreDistribution.nearlyConstant(min, max);
      boolean othersVary = !ScoreDistribution.nearlyConstant(otherMin, otherMax);
      double varianceSum = 0;
      double otherVarianceSum = 0;
      double covarianceSum = 0;
      double covarianceWithTotalSum = 0;
      for (int i = 0; i < s; i++) {
        double d = columns[from + i] - mean;
        double otherD = others[i] - otherMean;
        varianceSum += d * d;
        otherVarianceSum += otherD * otherD;
        covarianceSum += d * otherD;
        covarianceWithTotalSum += d * (totals[i] - totalMean);
      }
      double maxCovarianceSum = 0;
      if (marksVary && othersVary) {
        Arrays.sort(columns, from, from + s);
        Arrays.sort(others, 0, s);
        for (int i = 0; i < s; i++) {
          maxCovarianceSum += (columns[from + i] - mean) * (others[i] - otherMean);
        }
      }
      double n1 = s - 1;
      return new QuestionMoments(
          s,
          mean,
          marksVary ? varianceSum / n1 : 0,
          othersVary ? otherVarianceSum / n1 : 0,
          marksVary && othersVary ? covarianceSum / n1 : 0,
          maxCovarianceSum / n1,
          marksVary && !totalsConstant ? covarianceWithTotalSum / n1 : 0);
    }

    QuestionStatistics statistics(
        QuestionSlot question, double maxGrade, double sumOfRootCovarianceWithTotal) {
      double maxMark = question.maxMark();
      OptionalDouble facility = attempts == 0 ? NONE : percentOf(mean, maxMark);
      boolean spread = attempts > 1;
      OptionalDouble sd = spread ? percentOf(Math.sqrt(variance), maxMark) : NONE;
      OptionalDouble effectiveWeight =
          spread && covarianceWithTotal >= 0 && sumOfRootCovarianceWithTotal != 0
              ? OptionalDouble.of(
                  100 * Math.sqrt(covarianceWithTotal) / sumOfRootCovarianceWithTotal)
              : NONE;
      OptionalDouble discrimination =
          spread && variance * otherVariance != 0
              ? OptionalDouble.of(100 * covariance / Math.sqrt(variance * otherVariance))
              : NONE;
      OptionalDouble efficiency =
          spread && maxCovariance != 0 ? OptionalDouble.of(100 * covariance / maxCovariance) : NONE;
      OptionalDouble guess = question.randomGuessScore();
      return new QuestionStatistics(
          question.questionId(),
          facility,
          sd,
          guess.isPresent() ? OptionalDouble.of(100 * guess.getAsDouble()) : NONE,
          maxGrade == 0 ? 0 : 100 * maxMark / maxGrade,
          effectiveWeight,
          discrimination,
          efficiency,
          QuestionFlag.raisedBy(facility, discrimination, efficiency));
    }
  }
}
