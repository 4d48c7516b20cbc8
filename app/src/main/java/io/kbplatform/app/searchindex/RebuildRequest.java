package io.kbplatform.app.searchindex;

import io.kbplatform.search.rebuild.RebuildOptions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Optional body of starting a rebuild: articles per batch and a pause between batches (throttling,
 * to spare a busy cluster); the configured values when absent.
 */
public class RebuildRequest {

  @Min(1)
  @Max(RebuildOptions.MAX_BATCH)
  public Integer batchSize;

  @Min(0)
  @Max(60_000)
  public Integer throttleMillis;

  RebuildOptions options(RebuildOptions defaults) {
    return new RebuildOptions(
        batchSize == null ? defaults.batchSize() : batchSize,
        throttleMillis == null ? defaults.throttle() : Duration.ofMillis(throttleMillis));
  }
}
