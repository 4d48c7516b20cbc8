package io.kbplatform.app.feedback;

import io.kbplatform.content.feedback.Feedback;
import jakarta.validation.constraints.Size;

/**
 * The body of acknowledging (optional) or resolving (required) feedback: a reply to the reporter.
 */
public class ReplyRequest {

  @Size(max = Feedback.REPLY_LENGTH)
  public String reply;

  static String replyOf(ReplyRequest body) {
    return body == null ? null : body.reply;
  }
}
