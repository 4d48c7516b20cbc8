package io.kbplatform.search.indexing;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter: 1 s, 2 s, 4 s … up to a ceiling. */
public record Backoff(Duration initial, Duration max) {

  public Duration after(int failures) {
    int exponent = Math.max(0, Math.min(failures, 20));
    long millis = Math.min(max.toMillis(), initial.toMillis() << exponent);
    long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, millis / 5));
    return Duration.ofMillis(Math.min(max.toMillis(), millis + jitter));
  }
}
