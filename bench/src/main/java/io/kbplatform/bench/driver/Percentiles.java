package io.kbplatform.bench.driver;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of samples (no histogram: the samples are sorted). */
public final class Percentiles {

  private final long[] sorted;

  public Percentiles(long[] samples) {
    this.sorted = samples.clone();
    Arrays.sort(sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** The smallest sample with at least {@code p}% of samples at or below it; 0 if none. */
  public long at(double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public double mean() {
    return sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0);
  }

  public long max() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
  }
}
