package io.kbplatform.app.feedback;

import io.kbplatform.content.feedback.Feedback;
import io.kbplatform.content.feedback.FeedbackKind;
import io.kbplatform.content.feedback.FeedbackReason;
import io.kbplatform.content.feedback.NewFeedback;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/articles/{id}/feedback} (a class, not a record: see {@code
 * SpaceRequest}). A reason is required for NOT_HELPFUL and FLAG, a comment for FLAG.
 */
public class FeedbackRequest {

  @NotNull public FeedbackKind kind;

  public FeedbackReason reason;

  @Size(max = Feedback.COMMENT_LENGTH)
  public String comment;

  NewFeedback toNewFeedback() {
    return new NewFeedback(kind, reason, comment);
  }
}
