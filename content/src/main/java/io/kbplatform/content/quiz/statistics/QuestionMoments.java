package io.kbplatform.content.quiz.statistics;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * One question's mean and sample (co)variances in marks; variances are 0 and covariances NaN below
 * two attempts.
 */
record QuestionMoments(
    int attempts,
    double mean,
    double variance,
    double otherVariance,
    double covariance,
    double maxCovariance,
    double covarianceWithTotal) {

  /**
   * Reads the question's marks from {@code columns[from, from + s)}, then sorts them there; {@code
   * others} is scratch space of length s.
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
    OptionalDouble facility =
        attempts == 0 ? OptionalDouble.empty() : QuizStatisticsCalculator.percentOf(mean, maxMark);
    boolean spread = attempts > 1;
    OptionalDouble sd =
        spread
            ? QuizStatisticsCalculator.percentOf(Math.sqrt(variance), maxMark)
            : OptionalDouble.empty();
    OptionalDouble effectiveWeight =
        spread && covarianceWithTotal >= 0 && sumOfRootCovarianceWithTotal != 0
            ? OptionalDouble.of(100 * Math.sqrt(covarianceWithTotal) / sumOfRootCovarianceWithTotal)
            : OptionalDouble.empty();
    OptionalDouble discrimination =
        spread && variance * otherVariance != 0
            ? OptionalDouble.of(100 * covariance / Math.sqrt(variance * otherVariance))
            : OptionalDouble.empty();
    OptionalDouble efficiency =
        spread && maxCovariance != 0
            ? OptionalDouble.of(100 * covariance / maxCovariance)
            : OptionalDouble.empty();
    OptionalDouble guess = question.randomGuessScore();
    return new QuestionStatistics(
        question.questionId(),
        facility,
        sd,
        guess.isPresent() ? OptionalDouble.of(100 * guess.getAsDouble()) : OptionalDouble.empty(),
        maxGrade == 0 ? 0 : 100 * maxMark / maxGrade,
        effectiveWeight,
        discrimination,
        efficiency,
        QuestionFlag.raisedBy(facility, discrimination, efficiency));
  }
}
