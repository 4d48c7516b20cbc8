package io.kbplatform.app.feedback;

import io.kbplatform.content.feedback.Feedback;
import io.kbplatform.content.feedback.FeedbackKind;
import io.kbplatform.content.feedback.FeedbackReason;
import io.kbplatform.content.feedback.FeedbackState;
import java.time.Instant;

/**
 * One piece of feedback. {@code counted} says whether it is the reporter's current vote; {@code
 * state} is set for items (flags and comments) only.
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
    Instant updatedAt) {

  static FeedbackView of(Feedback f) {
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
        f.updatedAt());
  }
}
