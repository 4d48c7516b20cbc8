package io.kbplatform.content.user;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher(1_000);

  @Test
  void theRightPasswordMatchesAndAWrongOneDoesNot() {
    String stored = hasher.hash("s3cret-密码".toCharArray());

    assertTrue(hasher.matches("s3cret-密码".toCharArray(), stored));
    assertFalse(hasher.matches("s3cret-密碼".toCharArray(), stored));
    assertFalse(hasher.matches("".toCharArray(), stored));
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
    String first = hasher.hash("same".toCharArray());
    String second = hasher.hash("same".toCharArray());

    assertNotEquals(first, second);
    assertTrue(first.startsWith("pbkdf2-sha256$1000$"));
  }

  @Test
  void aHashMadeWithOtherIterationsStillVerifies() {
    String stored = new PasswordHasher(2_000).hash("pw".toCharArray());

    assertTrue(hasher.matches("pw".toCharArray(), stored));
  }

  @Test
  void garbageStoredHashesNeverMatch() {
    assertFalse(hasher.matches("pw".toCharArray(), null));
    assertFalse(hasher.matches("pw".toCharArray(), "plain-text"));
    assertFalse(hasher.matches("pw".toCharArray(), "pbkdf2-sha256$x$y$z"));
    assertFalse(hasher.matches("pw".toCharArray(), "pbkdf2-sha256$10$!!$??"));
  }

  @Test
  void aHashMadeWithFewerIterationsThanTodaysNeedsRehashing() {
    String old = new PasswordHasher(1_000).hash("pw".toCharArray());
    String current = new PasswordHasher(2_000).hash("pw".toCharArray());
    PasswordHasher today = new PasswordHasher(2_000);

    assertTrue(today.needsRehash(old));
    assertFalse(today.needsRehash(current));
    assertTrue(today.needsRehash("not-a-hash"));
    assertTrue(today.matches("pw".toCharArray(), old), "the old hash still signs in");
  }
}
