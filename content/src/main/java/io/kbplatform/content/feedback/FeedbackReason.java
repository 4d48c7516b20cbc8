package io.kbplatform.content.feedback;

/** Why an article did not help, or why it is flagged. */
public enum FeedbackReason {
  OUTDATED,
  INCORRECT,
  UNCLEAR,
  MISSING_INFORMATION,
  OTHER
}
