package io.kbplatform.app.article;

import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.SeenArticle;
import java.time.Instant;

/** An article in a list, as the caller sees it (readers: its published version): no body. */
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

  public static ArticleSummary of(SeenArticle seen) {
    var a = seen.article();
    return new ArticleSummary(
        a.id(),
        a.space().key(),
        a.categoryId().orElse(null),
        seen.title(),
        seen.status(),
        seen.latestVersion(),
        seen.publishedVersion().orElse(null),
        a.owner(),
        a.needsReview(),
        a.reviewDueAt().orElse(null),
        seen.updatedAt());
  }
}
