package io.kbplatform.content.feedback;

/** An article's current helpful and not helpful votes. */
public record HelpfulVotes(long helpful, long notHelpful) {

  /**
   * The share of helpful votes, smoothed towards one half so that one vote does not decide:
   * (helpful + 1) / (all + 2), 0.5 without votes.
   */
  public double smoothedRatio() {
    return (helpful + 1.0) / (helpful + notHelpful + 2.0);
  }
}
