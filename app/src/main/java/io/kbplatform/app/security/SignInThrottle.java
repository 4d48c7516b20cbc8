package io.kbplatform.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing: failed sign-ins are counted per username and per client address,
 * and after a few free ones every further attempt for that key must wait (doubling each time) or is
 * refused at once, without a password check. In memory, per instance: several instances each
 * throttle on their own (an attacker spreading over N instances gets N times the attempts).
 *
 * <p>The username key is capped low (a minute by default), so that a stranger guessing someone's
 * password delays that person's next sign-in by at most that much; the address key is the strong
 * one (fifteen minutes by default). Sessions already signed in, and Basic credentials verified in
 * the last minutes, are never throttled.
 */
final class SignInThrottle {

  /** Keys kept at most (least recently failed dropped first), so a flood cannot exhaust memory. */
  static final int CAPACITY = 100_000;

  private final ThrottlePolicy perUser;
  private final ThrottlePolicy perAddress;
  private final Map<String, Failures> keys =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > CAPACITY;
        }
      };

  SignInThrottle(ThrottlePolicy perUser, ThrottlePolicy perAddress) {
    this.perUser = perUser;
    this.perAddress = perAddress;
  }

  /** A key that has just started to make attempts wait, for the audit log. */
  record Block(String kind, String key, int failures, Duration delay) {}

  /** How long the next attempt for this username from this address must still wait, if at all. */
  synchronized Optional<Duration> waitFor(String username, String address, Instant now) {
    Duration wait =
        max(
            remaining(userKey(username), perUser, now),
            remaining(addressKey(address), perAddress, now));
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Counts a failed attempt; returns the keys whose failures now make attempts wait. */
  synchronized List<Block> failed(String username, String address, Instant now) {
    List<Block> blocks = new ArrayList<>(2);
    count(userKey(username), "user", username, perUser, now).ifPresent(blocks::add);
    count(addressKey(address), "address", address, perAddress, now).ifPresent(blocks::add);
    return blocks;
  }

  /**
   * The right password clears the username's count: its owner is back. The address keeps its count,
   * so that an attacker who owns one account cannot reset the count between guesses at others.
   */
  synchronized void succeeded(String username) {
    keys.remove(userKey(username));
  }

  private Duration remaining(String key, ThrottlePolicy policy, Instant now) {
    Failures failures = current(key, policy, now);
    if (failures == null || !failures.blockedUntil.isAfter(now)) {
      return Duration.ZERO;
    }
    return Duration.between(now, failures.blockedUntil);
  }

  private Optional<Block> count(
      String key, String kind, String name, ThrottlePolicy policy, Instant now) {
    Failures failures = current(key, policy, now);
    if (failures == null) {
      failures = new Failures();
      keys.put(key, failures);
    }
    if (failures.count == 0) {
      failures.last = now;
    }
    failures.count++;
    Duration delay = policy.delayAfter(failures.count);
    if (delay.isZero()) {
      return Optional.empty();
    }
    failures.blockedUntil = now.plus(delay);
    return Optional.of(new Block(kind, name, failures.count, delay));
  }

  /** The key's failures, less those forgotten since (none left: the key is dropped). */
  private Failures current(String key, ThrottlePolicy policy, Instant now) {
    Failures failures = keys.get(key);
    if (failures == null) {
      return null;
    }
    long forgotten =
        Duration.between(failures.last, now).toMillis() / policy.forgetOneEvery().toMillis();
    if (forgotten > 0) {
      if (forgotten >= failures.count) {
        keys.remove(key);
        return null;
      }
      failures.count -= (int) forgotten;
      failures.last = failures.last.plus(policy.forgetOneEvery().multipliedBy(forgotten));
    }
    return failures;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String userKey(String canonicalUsername) {
    return "u:" + canonicalUsername;
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  private static final class Failures {
    int count;
    Instant last;
    Instant blockedUntil = Instant.MIN;
  }
}
