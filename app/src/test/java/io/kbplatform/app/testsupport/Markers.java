package io.kbplatform.app.testsupport;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Unique names for the data each test makes for itself (users, spaces, groups, search words), so
 * that tests sharing one server and one database never see each other's data.
 */
public final class Markers {

  private Markers() {}

  /** {@code prefix} and 8 random lowercase hex digits, e.g. a username {@code u1f2e3d4c}. */
  public static String unique(String prefix) {
    return prefix + hex(8);
  }

  /** A username: a letter and 8 hex digits. */
  public static String username() {
    return unique("u");
  }

  /** A space key: {@code prefix} (upper case letters) and 12 upper case hex digits. */
  public static String spaceKey(String prefix) {
    return prefix + hex(12).toUpperCase(Locale.ROOT);
  }

  /** A group key: {@code g} and 8 hex digits. */
  public static String groupKey() {
    return unique("g");
  }

  /** A password that satisfies the policy. */
  public static String password(String prefix) {
    return prefix + "-Passw0rd-" + UUID.randomUUID();
  }

  /**
   * A search marker: {@code prefix} (letters) and 10 hex digits, one token that no other article
   * contains (the standard tokenizer keeps letters and digits together).
   */
  public static String marker(String prefix) {
    return prefix + hex(10);
  }

  /** {@code n} random lowercase letters: a "word" no article contains, for spelling and typos. */
  public static String letters(int n) {
    StringBuilder word = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  /**
   * A made-up private client address, sent as {@code X-Forwarded-For} (the tests' server trusts its
   * loopback proxy): the sign-in throttle counts each test client's failures on its own.
   */
  public static String clientAddress() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10."
        + random.nextInt(256)
        + "."
        + random.nextInt(256)
        + "."
        + (1 + random.nextInt(254));
  }

  private static String hex(int digits) {
    return UUID.randomUUID().toString().replace("-", "").substring(0, digits);
  }
}
