package io.kbplatform.content.searchindex;

/** Where a rebuild stands: running, or finished one way or the other. */
public enum RebuildState {
  RUNNING,
  COMPLETED,
  FAILED
}
