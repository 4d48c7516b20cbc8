package io.kbplatform.app.workflow;

import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.workflow.WorkflowAction;
import io.kbplatform.content.workflow.WorkflowEvent;
import java.time.Instant;

/** One step of an article's workflow history. */
public record WorkflowEventView(
    WorkflowAction action,
    ArticleStatus from,
    ArticleStatus to,
    int version,
    String actor,
    String comment,
    Instant at) {

  static WorkflowEventView of(WorkflowEvent e) {
    return new WorkflowEventView(
        e.action(),
        e.from(),
        e.to(),
        e.version(),
        e.actor(),
        e.comment().orElse(null),
        e.createdAt());
  }
}
