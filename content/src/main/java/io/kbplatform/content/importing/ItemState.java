package io.kbplatform.content.importing;

/** What became of one file of an import. */
public enum ItemState {
  PENDING,
  IMPORTED,
  FAILED,
  SKIPPED
}
