package io.kbplatform.content.article;

import java.time.Instant;

/** Which articles a list shows; null parts do not filter. */
public record ArticleFilter(
    String spaceKey,
    String categoryId,
    ArticleStatus status,
    String owner,
    String createdBy,
    Boolean needsReview,
    Instant reviewDueBefore) {

  public static ArticleFilter all() {
    return new ArticleFilter(null, null, null, null, null, null, null);
  }
}
