package io.kbplatform.app.workflow;

import io.kbplatform.content.workflow.WorkflowEvent;
import jakarta.validation.constraints.Size;

/**
 * The optional body of a workflow step: a comment (required to reject) and, when publishing,
 * whether the change is significant enough to ask readers for a new acknowledgement.
 */
public class TransitionRequest {

  @Size(max = WorkflowEvent.COMMENT_LENGTH)
  public String comment;

  public boolean significant;
}
