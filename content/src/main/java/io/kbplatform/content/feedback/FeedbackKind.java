package io.kbplatform.content.feedback;

/** What a reader says about an article: a vote either way, or a flag that something is wrong. */
public enum FeedbackKind {
  HELPFUL,
  NOT_HELPFUL,
  FLAG;

  /** Votes are counted, and a newer vote of the same user on the same version replaces them. */
  public boolean isVote() {
    return this != FLAG;
  }
}
