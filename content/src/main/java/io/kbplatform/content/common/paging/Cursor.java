package io.kbplatform.content.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page ended: the sort time and the id of its last row. Clients see it only as the opaque
 * {@link #token()} of {@code ?after=}; it is never stored, so its format may change.
 */
public record Cursor(Instant at, String id) {

  private static final int MAX_NANOS = 999_999_999;

  public Cursor {
    if (at == null || id == null || id.isEmpty()) {
      throw new IllegalArgumentException("A cursor needs a time and an id.");
    }
  }

  /** The token for {@code ?after=}: URL-safe, no padding. */
  public String token() {
    String raw = at.getEpochSecond() + "|" + at.getNano() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a token stands for; empty when the token is not one of ours. */
  public static Optional<Cursor> parse(String token) {
    if (token == null) {
      return Optional.empty();
    }
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8)
              .split("\\|", 3);
      if (parts.length != 3) {
        return Optional.empty();
      }
      int nanos = Integer.parseInt(parts[1]);
      if (nanos < 0 || nanos > MAX_NANOS) {
        return Optional.empty();
      }
      return Optional.of(
          new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos), parts[2]));
    } catch (RuntimeException e) { // bad Base64, a number that is none, an instant out of range
      return Optional.empty();
    }
  }
}
