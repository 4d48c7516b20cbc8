package io.kbplatform.app.article;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleStatus;
import java.time.Instant;
import java.util.List;

/** An article as the API shows it: its latest content and where it stands. */
public record ArticleView(
    String id,
    String space,
    String title,
    String body,
    List<String> tags,
    int version,
    Integer publishedVersion,
    ArticleStatus status,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    String publishedBy) {

  static ArticleView of(Article article) {
    return new ArticleView(
        article.id(),
        article.space().key(),
        article.title(),
        article.body(),
        article.tags(),
        article.latestVersion(),
        article.publishedVersion().isPresent() ? article.publishedVersion().getAsInt() : null,
        article.status(),
        article.createdBy(),
        article.createdAt(),
        article.updatedAt(),
        article.publishedAt().orElse(null),
        article.publishedBy().orElse(null));
  }
}
