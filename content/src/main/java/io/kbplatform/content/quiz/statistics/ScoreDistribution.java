package io.kbplatform.content.quiz.statistics;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The distribution of attempts' total marks, in marks, with Moodle's formulas: sample standard
 * deviation, and skewness k3/k2^(3/2) and kurtosis k4/k2² from the unbiased cumulants k2, k3, k4
 * (the same values as a spreadsheet's SKEW and KURT).
 *
 * @param variance the sample variance (k2); empty below two attempts
 */
record ScoreDistribution(
    OptionalDouble mean,
    OptionalDouble median,
    OptionalDouble variance,
    OptionalDouble standardDeviation,
    OptionalDouble skewness,
    OptionalDouble kurtosis) {

  private static final OptionalDouble NONE = OptionalDouble.empty();

  static ScoreDistribution of(double[] totals) {
    int count = totals.length;
    if (count == 0) {
      return new ScoreDistribution(NONE, NONE, NONE, NONE, NONE, NONE);
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double total : totals) {
      sum += total;
      min = Math.min(min, total);
      max = Math.max(max, total);
    }
    double s = count;
    double mean = sum / s;
    OptionalDouble median = OptionalDouble.of(median(totals));
    if (count == 1) {
      return new ScoreDistribution(OptionalDouble.of(mean), median, NONE, NONE, NONE, NONE);
    }
    double power2 = 0;
    double power3 = 0;
    double power4 = 0;
    if (!nearlyConstant(min, max)) {
      for (double total : totals) {
        double d = total - mean;
        double d2 = d * d;
        power2 += d2;
        power3 += d2 * d;
        power4 += d2 * d2;
      }
    }
    double k2 = power2 / (s - 1);
    OptionalDouble skewness = NONE;
    OptionalDouble kurtosis = NONE;
    if (count > 2 && k2 != 0) {
      double m2 = power2 / s;
      double m3 = power3 / s;
      double m4 = power4 / s;
      double k3 = s * s * m3 / ((s - 1) * (s - 2));
      skewness = OptionalDouble.of(k3 / Math.pow(k2, 1.5));
      if (count > 3) {
        double k4 = s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2) / ((s - 1) * (s - 2) * (s - 3));
        kurtosis = OptionalDouble.of(k4 / (k2 * k2));
      }
    }
    return new ScoreDistribution(
        OptionalDouble.of(mean),
        median,
        OptionalDouble.of(k2),
        OptionalDouble.of(Math.sqrt(k2)),
        skewness,
        kurtosis);
  }

  /**
   * Whether values between {@code min} and {@code max} are all the same but for rounding: totals
   * such as 0.1 + 0.2 and 0.3 must not produce a spread of 1e-17 that a correlation would divide
   * by.
   */
  static boolean nearlyConstant(double min, double max) {
    return max - min <= 1e-9 * Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
  }

  private static double median(double[] totals) {
    double[] sorted = totals.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 0 ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle];
  }
}
