package io.kbplatform.content.importing;

/** Where an import job is. */
public enum ImportState {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED
}
