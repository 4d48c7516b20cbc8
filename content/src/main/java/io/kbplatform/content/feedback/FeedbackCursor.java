package io.kbplatform.content.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Where a page of feedback ended: an opaque token for {@code ?after=}. */
public record FeedbackCursor(Instant createdAt, String id) {

  public static FeedbackCursor after(Feedback feedback) {
    return new FeedbackCursor(feedback.createdAt(), feedback.id());
  }

  public String token() {
    String raw = createdAt.getEpochSecond() + "|" + createdAt.getNano() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a token stands for; empty when the token is not one of ours. */
  public static Optional<FeedbackCursor> parse(String token) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
      Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
      return Optional.of(new FeedbackCursor(at, parts[2]));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
