package io.kbplatform.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  private final SignInThrottle throttle =
      new SignInThrottle(
          new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(3)),
          new ThrottlePolicy(20, Duration.ofMinutes(15), Duration.ofMinutes(1)));

  @Test
  void theFirstFewFailuresAreFreeThenEachFurtherOneDoublesTheWait() {
    for (int i = 0; i < 5; i++) {
      assertTrue(throttle.failed("alice", "10.0.0.1", T0).isEmpty());
      assertEquals(Optional.empty(), throttle.waitFor("alice", "10.0.0.1", T0));
    }

    List<SignInThrottle.Block> sixth = throttle.failed("alice", "10.0.0.1", T0);
    assertEquals(
        List.of(new SignInThrottle.Block("user", "alice", 6, Duration.ofSeconds(1))), sixth);
    assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("alice", "10.0.0.1", T0));
    assertEquals(
        Duration.ofSeconds(2),
        throttle.failed("alice", "10.0.0.1", T0.plusSeconds(1)).get(0).delay());
    assertEquals(
        Duration.ofSeconds(4),
        throttle.failed("alice", "10.0.0.1", T0.plusSeconds(3)).get(0).delay());
  }

  @Test
  void aStrangerGuessingSomeonesPasswordDelaysThemByAMinuteAtMost() {
    Instant now = T0;
    for (int i = 0; i < 40; i++) {
      throttle.failed("bob", "203.0.113." + i, now);
    }

    Duration wait = throttle.waitFor("bob", "192.0.2.7", now).orElseThrow();
    assertEquals(Duration.ofMinutes(1), wait, "the per-user wait is capped");
    assertEquals(Optional.empty(), throttle.waitFor("bob", "192.0.2.7", now.plus(wait)));
  }

  @Test
  void oneAddressGuessingManyUsernamesIsSlowedForUpToFifteenMinutes() {
    Instant now = T0;
    for (int i = 0; i < 20; i++) {
      assertTrue(throttle.failed("user" + i, "198.51.100.9", now).isEmpty());
    }
    List<SignInThrottle.Block> blocks = throttle.failed("user20", "198.51.100.9", now);
    assertEquals("address", blocks.get(0).kind());
    assertTrue(throttle.waitFor("someone-else", "198.51.100.9", now).isPresent());
    assertFalse(throttle.waitFor("someone-else", "198.51.100.10", now).isPresent());
    for (int i = 21; i < 60; i++) {
      throttle.failed("user" + i, "198.51.100.9", now);
    }
    assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.waitFor("x", "198.51.100.9", now));
  }

  @Test
  void theRightPasswordClearsTheUsernameButNotTheAddress() {
    for (int i = 0; i < 25; i++) {
      throttle.failed("carol", "198.51.100.1", T0);
    }
    throttle.succeeded("carol");

    assertEquals(Optional.empty(), throttle.waitFor("carol", "192.0.2.1", T0));
    assertTrue(throttle.waitFor("carol", "198.51.100.1", T0).isPresent());
  }

  @Test
  void failuresAreForgottenOneByOneSoAKeyQuietForLongEnoughStartsAfresh() {
    for (int i = 0; i < 8; i++) {
      throttle.failed("dave", "192.0.2.2", T0);
    }
    assertTrue(throttle.waitFor("dave", "192.0.2.3", T0.plusSeconds(2)).isPresent());

    Instant later = T0.plus(Duration.ofMinutes(24));
    assertEquals(Optional.empty(), throttle.waitFor("dave", "192.0.2.3", later));
    assertTrue(throttle.failed("dave", "192.0.2.3", later).isEmpty(), "counting starts again");
  }

  @Test
  void theOccasionalTypoOnABusySharedAddressNeverAddsUpToABlock() {
    Instant now = T0;
    for (int i = 0; i < 200; i++) {
      assertTrue(throttle.failed("clerk" + i, "192.0.2.50", now).isEmpty(), "typo " + i);
      now = now.plusSeconds(61);
    }
  }

  @Test
  void theWaitNeverOverflowsHoweverManyFailures() {
    ThrottlePolicy policy = new ThrottlePolicy(0, Duration.ofMinutes(15), Duration.ofHours(1));

    assertEquals(
        Duration.ZERO,
        new ThrottlePolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(1)).delayAfter(3));
    assertEquals(Duration.ofSeconds(1), policy.delayAfter(1));
    assertEquals(Duration.ofMinutes(15), policy.delayAfter(Integer.MAX_VALUE));
  }
}
