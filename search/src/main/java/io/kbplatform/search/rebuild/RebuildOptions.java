package io.kbplatform.search.rebuild;

import java.time.Duration;

/**
 * How a rebuild loads: articles read from the database per batch (one bulk request each, split
 * further by size), and an optional pause between batches to spare a busy cluster or database.
 */
public record RebuildOptions(int batchSize, Duration throttle) {

  public static final int MAX_BATCH = 5_000;

  public RebuildOptions {
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException("batchSize must be within 1.." + MAX_BATCH);
    }
    if (throttle == null || throttle.isNegative()) {
      throttle = Duration.ZERO;
    }
  }
}
