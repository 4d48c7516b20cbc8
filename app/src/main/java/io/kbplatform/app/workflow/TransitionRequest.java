package io.kbplatform.app.workflow;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.workflow.WorkflowEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The optional body of a workflow step: a comment (required to reject) and, when publishing,
 * whether the change is significant enough to ask readers for a new acknowledgement. The body may
 * be left out entirely, so it is parsed here rather than by JAX-RS, which rejects an empty one.
 */
public class TransitionRequest {

  private static final Jsonb JSON = JsonbBuilder.create();

  public String comment;

  public boolean significant;

  static TransitionRequest parse(String body) {
    if (body == null || body.isBlank()) {
      return new TransitionRequest();
    }
    TransitionRequest request = JSON.fromJson(body, TransitionRequest.class);
    if (request == null) {
      return new TransitionRequest();
    }
    if (request.comment != null && request.comment.length() > WorkflowEvent.COMMENT_LENGTH) {
      throw new InvalidRequestException(
          "comment must be at most " + WorkflowEvent.COMMENT_LENGTH + " characters.");
    }
    return request;
  }
}
