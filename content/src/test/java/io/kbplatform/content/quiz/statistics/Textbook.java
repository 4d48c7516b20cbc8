package io.kbplatform.content.quiz.statistics;

import java.util.Arrays;

/**
 * Textbook formulas, written independently of the code under test and as plainly as possible, to
 * compute the values the tests expect.
 */
final class Textbook {

  private Textbook() {}

  static double[] column(double[][] rows, int question) {
    return Arrays.stream(rows).mapToDouble(row -> row[question]).toArray();
  }

  static double[] totals(double[][] rows) {
    return Arrays.stream(rows).mapToDouble(row -> Arrays.stream(row).sum()).toArray();
  }

  static double[] minus(double[] a, double[] b) {
    double[] result = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      result[i] = a[i] - b[i];
    }
    return result;
  }

  static double[] sorted(double[] x) {
    double[] copy = x.clone();
    Arrays.sort(copy);
    return copy;
  }

  static double mean(double[] x) {
    return Arrays.stream(x).sum() / x.length;
  }

  static double median(double[] x) {
    double[] s = sorted(x);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** Sample covariance, with n − 1. */
  static double covariance(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += (x[i] - mx) * (y[i] - my);
    }
    return sum / (x.length - 1);
  }

  static double variance(double[] x) {
    return covariance(x, x);
  }

  /** Pearson's r by the computational formula (n Σxy − Σx Σy) / √(…), not via covariances. */
  static double pearson(double[] x, double[] y) {
    double n = x.length;
    double sx = 0;
    double sy = 0;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sx += x[i];
      sy += y[i];
      sxy += x[i] * y[i];
      sxx += x[i] * x[i];
      syy += y[i] * y[i];
    }
    return (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
  }

  /** Adjusted Fisher–Pearson skewness G1 = √(n(n−1))/(n−2) · g1 (a spreadsheet's SKEW). */
  static double skewness(double[] x) {
    double n = x.length;
    double g1 = centralMoment(x, 3) / Math.pow(centralMoment(x, 2), 1.5);
    return Math.sqrt(n * (n - 1)) / (n - 2) * g1;
  }

  /** Excess kurtosis G2 = (n−1)/((n−2)(n−3)) · ((n+1) g2 + 6) (a spreadsheet's KURT). */
  static double kurtosis(double[] x) {
    double n = x.length;
    double g2 = centralMoment(x, 4) / Math.pow(centralMoment(x, 2), 2) - 3;
    return (n - 1) / ((n - 2) * (n - 3)) * ((n + 1) * g2 + 6);
  }

  /** Cronbach's alpha k/(k−1) · (1 − Σ item variances / total variance). */
  static double cronbachAlpha(double[][] rows) {
    int k = rows[0].length;
    double itemVariances = 0;
    for (int q = 0; q < k; q++) {
      itemVariances += variance(column(rows, q));
    }
    return (double) k / (k - 1) * (1 - itemVariances / variance(totals(rows)));
  }

  private static double centralMoment(double[] x, int power) {
    double m = mean(x);
    return Arrays.stream(x).map(v -> Math.pow(v - m, power)).sum() / x.length;
  }
}
