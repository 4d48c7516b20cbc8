package io.kbplatform.app.feedback;

import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.feedback.Feedback;
import io.kbplatform.content.feedback.FeedbackKind;
import io.kbplatform.content.feedback.FeedbackReason;
import io.kbplatform.content.feedback.FeedbackState;
import java.time.Instant;

/**
 * One piece of feedback. {@code counted} says whether it is the reporter's current vote; {@code
 * state} is set for items (flags and comments) only. In lists, {@code articleTitle} and {@code
 * articleSpace} name the article as the caller sees it, and are null when the caller may not read
 * it (or outside lists).
 */
public record FeedbackView(
    String id,
    String article,
    int version,
    FeedbackKind kind,
    FeedbackReason reason,
    String comment,
    String reporter,
    boolean counted,
    FeedbackState state,
    String reply,
    String repliedBy,
    Instant repliedAt,
    Instant createdAt,
    Instant updatedAt,
    String articleTitle,
    String articleSpace) {

  static FeedbackView of(Feedback f) {
    return of(f, null);
  }

  /** Feedback with its article as the caller sees it, or null when it may not read it. */
  static FeedbackView of(Feedback f, SeenArticle article) {
    return new FeedbackView(
        f.id(),
        f.articleId(),
        f.articleVersion(),
        f.kind(),
        f.reason().orElse(null),
        f.comment().orElse(null),
        f.reporter(),
        f.isCurrentVote(),
        f.isItem() ? f.state() : null,
        f.reply().orElse(null),
        f.repliedBy().orElse(null),
        f.repliedAt().orElse(null),
        f.createdAt(),
        f.updatedAt(),
        article == null ? null : article.title(),
        article == null ? null : article.article().space().key());
  }
}
