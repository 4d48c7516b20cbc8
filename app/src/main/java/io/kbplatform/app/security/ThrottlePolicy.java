package io.kbplatform.app.security;

import java.time.Duration;

/**
 * How one kind of key (a username, or a client address) is slowed down after failed sign-ins:
 * {@code freeFailures} cost nothing; each further failure doubles the wait before the next attempt,
 * from one second up to {@code maxDelay}. One failure is forgotten every {@code forgetOneEvery} (a
 * leaky bucket), so that the occasional typo on a busy shared address never adds up to a block.
 */
public record ThrottlePolicy(int freeFailures, Duration maxDelay, Duration forgetOneEvery) {

  static final Duration FIRST_DELAY = Duration.ofSeconds(1);

  public ThrottlePolicy {
    if (freeFailures < 0
        || maxDelay.isNegative()
        || forgetOneEvery.isNegative()
        || forgetOneEvery.isZero()) {
      throw new IllegalArgumentException(
          "A throttle policy needs non-negative limits and a positive forgetting interval");
    }
  }

  /** The wait after the {@code failures}-th failure in a row (zero while failures are free). */
  Duration delayAfter(int failures) {
    int over = failures - freeFailures;
    if (over <= 0) {
      return Duration.ZERO;
    }
    Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(over - 1, 30));
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
