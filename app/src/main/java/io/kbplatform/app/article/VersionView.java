package io.kbplatform.app.article;

import io.kbplatform.content.article.ArticleVersion;
import java.time.Instant;
import java.util.List;

/** One saved version; the body only when a single version is read. */
public record VersionView(
    int number,
    String title,
    String body,
    List<String> tags,
    String author,
    String changeNote,
    Instant createdAt) {

  static VersionView summary(ArticleVersion v) {
    return new VersionView(
        v.number(),
        v.title(),
        null,
        v.tags(),
        v.author(),
        v.changeNote().orElse(null),
        v.createdAt());
  }

  static VersionView full(ArticleVersion v) {
    return new VersionView(
        v.number(),
        v.title(),
        v.body(),
        v.tags(),
        v.author(),
        v.changeNote().orElse(null),
        v.createdAt());
  }
}
