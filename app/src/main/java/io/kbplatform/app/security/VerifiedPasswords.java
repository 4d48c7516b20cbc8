package io.kbplatform.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a short while, which (user, password, stored hash) triples already passed the
 * deliberately slow PBKDF2 check, so that API clients sending Basic credentials on every request do
 * not pay for it each time. Only a SHA-256 digest is kept, never the password; a changed password
 * hash misses the cache.
 */
final class VerifiedPasswords {

  private static final int CAPACITY = 10_000;
  private final long ttlMillis;
  private final Map<String, Long> verifiedUntil =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > CAPACITY;
        }
      };

  VerifiedPasswords(long ttlMillis) {
    this.ttlMillis = ttlMillis;
  }

  synchronized boolean isVerified(String username, char[] password, String storedHash, long now) {
    Long until = verifiedUntil.get(key(username, password, storedHash));
    return until != null && until > now;
  }

  synchronized void remember(String username, char[] password, String storedHash, long now) {
    verifiedUntil.put(key(username, password, storedHash), now + ttlMillis);
  }

  private static String key(String username, char[] password, String storedHash) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
