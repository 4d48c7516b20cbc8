package io.kbplatform.content.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Where a page of an article list ended: an opaque token for {@code ?after=}. */
public record ArticleCursor(Instant updatedAt, String id) {

  /** The cursor after an article as the actor saw it: readers page by publication time. */
  public static ArticleCursor after(SeenArticle article) {
    return new ArticleCursor(article.updatedAt(), article.article().id());
  }

  public String token() {
    String raw = updatedAt.toEpochMilli() + "|" + updatedAt.getNano() + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a token stands for; empty when the token is not one of ours. */
  public static Optional<ArticleCursor> parse(String token) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
      Instant at =
          Instant.ofEpochSecond(
              Math.floorDiv(Long.parseLong(parts[0]), 1000), Integer.parseInt(parts[1]));
      return Optional.of(new ArticleCursor(at, parts[2]));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
