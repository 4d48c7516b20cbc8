package io.kbplatform.content.feedback;

/** What a reader sends: the kind, a reason (not helpful, flag) and a comment (required to flag). */
public record NewFeedback(FeedbackKind kind, FeedbackReason reason, String comment) {}
