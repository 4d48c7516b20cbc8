package io.kbplatform.content.feedback;

import java.util.List;
import java.util.Optional;

/** One page of feedback, newest first, and where the next one starts, if there is one. */
public record FeedbackPage(List<Feedback> items, FeedbackCursor next) {

  public Optional<FeedbackCursor> nextCursor() {
    return Optional.ofNullable(next);
  }
}
