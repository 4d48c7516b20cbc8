package io.kbplatform.app.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for something the app does in the background (indexing, analytics flushes, jobs): polls
 * until a condition holds, or fails with what was awaited and the last value seen. A probe or
 * condition that throws a runtime exception counts as "not yet" (the last one becomes the failure's
 * cause); an assertion failing inside the probe fails at once (it states what must hold at every
 * poll).
 */
public final class Eventually {

  /** What most waits allow: indexing and the analytics flush take a second or two when idle. */
  public static final Duration WITHIN = Duration.ofSeconds(30);

  private static final long POLL_MILLIS = 250;

  private Eventually() {}

  /** The first value of {@code probe} that satisfies {@code condition}, polling for 30 s. */
  public static <T> T eventually(String what, Supplier<T> probe, Predicate<? super T> condition) {
    return eventually(what, WITHIN, probe, condition);
  }

  /** The first value of {@code probe} that satisfies {@code condition}, polling {@code within}. */
  public static <T> T eventually(
      String what, Duration within, Supplier<T> probe, Predicate<? super T> condition) {
    long deadline = System.nanoTime() + within.toNanos();
    T last = null;
    Throwable error = null;
    while (true) {
      try {
        last = probe.get();
        if (condition.test(last)) {
          return last;
        }
        error = null;
      } catch (RuntimeException e) {
        error = e;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Waited " + within.toSeconds() + " s for " + what + "; last seen: " + last, error);
      }
      pause(POLL_MILLIS);
    }
  }

  /** Polls until {@code condition} is true, for {@code within}. */
  public static void eventually(String what, Duration within, BooleanSupplier condition) {
    eventually(what, within, condition::getAsBoolean, Boolean::booleanValue);
  }

  /** Waits, e.g. for a {@code Retry-After} the app asked for. */
  public static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
