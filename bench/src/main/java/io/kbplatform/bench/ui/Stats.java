package io.kbplatform.bench.ui;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Count, nearest-rank p50 and p95, and max of a set of millisecond samples (nulls left out),
 * rounded to 0.1 ms.
 */
record Stats(int count, double p50, double p95, double max) {

  static Stats of(Collection<Double> samples) {
    List<Double> sorted = samples.stream().filter(Objects::nonNull).sorted().toList();
    if (sorted.isEmpty()) {
      return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
    }
    return new Stats(
        sorted.size(), at(sorted, 50), at(sorted, 95), round(sorted.get(sorted.size() - 1)));
  }

  private static double at(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))));
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  @Override
  public String toString() {
    return count == 0
        ? "none"
        : "p50 " + p50 + " / p95 " + p95 + " / max " + max + " ms (n=" + count + ")";
  }
}
