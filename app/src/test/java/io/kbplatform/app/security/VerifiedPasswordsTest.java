package io.kbplatform.app.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  private final VerifiedPasswords verified = new VerifiedPasswords(1_000);

  @Test
  void remembersAVerifiedPasswordUntilItExpires() {
    verified.remember("amy", "pw".toCharArray(), "hash1", 0);

    assertTrue(verified.isVerified("amy", "pw".toCharArray(), "hash1", 999));
    assertFalse(verified.isVerified("amy", "pw".toCharArray(), "hash1", 1_000));
  }

  @Test
  void anotherPasswordOrAChangedHashIsNotVerified() {
    verified.remember("amy", "pw".toCharArray(), "hash1", 0);

    assertFalse(verified.isVerified("amy", "pw2".toCharArray(), "hash1", 1));
    assertFalse(verified.isVerified("amy", "pw".toCharArray(), "hash2", 1));
    assertFalse(verified.isVerified("bob", "pw".toCharArray(), "hash1", 1));
  }
}
