package io.kbplatform.search.rebuild;

/** The steps of a rebuild, in order. */
public enum RebuildPhase {
  /** Creating the new concrete index. */
  CREATING,
  /** Bulk-loading every published article from the database. */
  LOADING,
  /** Re-indexing the articles that changed while loading. */
  CATCHING_UP,
  /** Restoring settings, refreshing, moving the alias, deleting the old index. */
  SWAPPING,
  /** Finished. */
  DONE
}
