package io.kbplatform.app.article;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleStatus;
import java.time.Instant;

/** An article in a list: no body. */
public record ArticleSummary(
    String id,
    String space,
    String category,
    String title,
    ArticleStatus status,
    int latestVersion,
    Integer publishedVersion,
    String owner,
    boolean needsReview,
    Instant reviewDueAt,
    Instant updatedAt) {

  public static ArticleSummary of(Article a) {
    return new ArticleSummary(
        a.id(),
        a.space().key(),
        a.categoryId().orElse(null),
        a.title(),
        a.status(),
        a.latestVersion(),
        a.publishedVersion().isPresent() ? a.publishedVersion().getAsInt() : null,
        a.owner(),
        a.needsReview(),
        a.reviewDueAt().orElse(null),
        a.updatedAt());
  }
}
