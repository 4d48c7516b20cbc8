package io.kbplatform.app.feedback;

import io.kbplatform.content.feedback.FeedbackReason;
import io.kbplatform.content.feedback.FeedbackSummary;
import java.util.Map;
import java.util.TreeMap;

/** The counts of an article's feedback; {@code helpfulRatio} is left out while nobody voted. */
public record FeedbackSummaryView(
    String article,
    long helpful,
    long notHelpful,
    long flags,
    long openItems,
    Map<FeedbackReason, Long> reasons,
    Double helpfulRatio) {

  static FeedbackSummaryView of(FeedbackSummary s) {
    return new FeedbackSummaryView(
        s.articleId(),
        s.helpful(),
        s.notHelpful(),
        s.flags(),
        s.openItems(),
        new TreeMap<>(s.reasons()),
        s.helpfulRatio());
  }
}
