package io.kbplatform.content.articlerequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of requests ended (the time it is sorted by, and the request's id): an opaque token
 * for {@code ?after=}.
 */
public record ArticleRequestCursor(Instant at, String id) {

  public String token() {
    String raw = at.getEpochSecond() + "|" + at.getNano() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a token stands for; empty when the token is not one of ours. */
  public static Optional<ArticleRequestCursor> parse(String token) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
      Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
      return Optional.of(new ArticleRequestCursor(at, parts[2]));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
