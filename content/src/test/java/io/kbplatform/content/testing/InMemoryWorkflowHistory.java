package io.kbplatform.content.testing;

import io.kbplatform.content.workflow.WorkflowEvent;
import io.kbplatform.content.workflow.WorkflowHistory;
import java.util.ArrayList;
import java.util.List;

/** Workflow transitions in a list, in the order they were recorded. */
public final class InMemoryWorkflowHistory extends WorkflowHistory {

  private final List<WorkflowEvent> events = new ArrayList<>();

  @Override
  public void add(WorkflowEvent event) {
    events.add(event);
  }

  @Override
  public List<WorkflowEvent> of(String articleId) {
    return events.stream().filter(e -> articleId.equals(e.articleId())).toList();
  }
}
