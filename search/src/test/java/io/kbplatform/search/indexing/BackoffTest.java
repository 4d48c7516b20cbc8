package io.kbplatform.search.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

  @Test
  void growsExponentiallyWithSomeJitter() {
    Duration first = backoff.after(0);
    Duration third = backoff.after(2);

    assertTrue(first.toMillis() >= 1_000 && first.toMillis() < 1_250, first.toString());
    assertTrue(third.toMillis() >= 4_000 && third.toMillis() < 5_000, third.toString());
  }

  @Test
  void neverExceedsTheCeiling() {
    assertEquals(Duration.ofSeconds(30), backoff.after(50));
    assertTrue(backoff.after(Integer.MAX_VALUE).compareTo(Duration.ofSeconds(30)) <= 0);
  }
}
