package io.kbplatform.content.workflow;

/** The steps of the review workflow. */
public enum WorkflowAction {
  SUBMIT,
  APPROVE,
  REJECT,
  PUBLISH,
  ARCHIVE,
  UNARCHIVE
}
