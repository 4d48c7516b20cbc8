package io.kbplatform.content.feedback;

import java.util.EnumMap;
import java.util.Map;

/**
 * The counts of an article's feedback over all its versions: current votes either way, flags, open
 * items (flags and comments not yet resolved), reasons given (not helpful votes and flags), and the
 * share of helpful votes (empty without votes).
 */
public record FeedbackSummary(
    String articleId,
    long helpful,
    long notHelpful,
    long flags,
    long openItems,
    Map<FeedbackReason, Long> reasons) {

  public FeedbackSummary {
    Map<FeedbackReason, Long> all = new EnumMap<>(FeedbackReason.class);
    for (FeedbackReason reason : FeedbackReason.values()) {
      all.put(reason, reasons.getOrDefault(reason, 0L));
    }
    reasons = Map.copyOf(all);
  }

  /** Helpful votes as a share of all votes, 0 to 1; null when nobody voted. */
  public Double helpfulRatio() {
    long votes = helpful + notHelpful;
    return votes == 0 ? null : (double) helpful / votes;
  }
}
