package io.kbplatform.app.work;

import io.kbplatform.app.article.ArticleSummary;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.workflow.WorkflowEvent;
import java.time.Instant;

/**
 * One of my drafts: the fields of an article summary, plus {@code returned} when a publisher sent
 * it back for changes (null otherwise).
 */
public record DraftView(
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
    Instant updatedAt,
    Returned returned) {

  /** The rejection that returned a draft: who, when, on which version, and why. */
  public record Returned(String by, Instant at, int version, String comment) {

    static Returned of(WorkflowEvent e) {
      return new Returned(e.actor(), e.createdAt(), e.version(), e.comment().orElse(null));
    }
  }

  static DraftView of(ArticleSummary a, WorkflowEvent rejection) {
    return new DraftView(
        a.id(),
        a.space(),
        a.category(),
        a.title(),
        a.status(),
        a.latestVersion(),
        a.publishedVersion(),
        a.owner(),
        a.needsReview(),
        a.reviewDueAt(),
        a.updatedAt(),
        rejection == null ? null : Returned.of(rejection));
  }
}
