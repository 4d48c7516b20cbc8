package io.kbplatform.search.rebuild;

import io.kbplatform.content.searchindex.SearchRebuilds;
import java.io.IOException;

/** The counts of one rebuild run, written to the database after each step for every instance. */
final class RebuildProgress {

  private final SearchRebuilds rebuilds;
  private final long id;
  private RebuildPhase phase = RebuildPhase.CREATING;
  private int total;
  private int indexed;
  private int failed;
  private String firstError;

  RebuildProgress(SearchRebuilds rebuilds, long id) {
    this.rebuilds = rebuilds;
    this.id = id;
  }

  RebuildPhase phase() {
    return phase;
  }

  int total() {
    return total;
  }

  void phase(RebuildPhase next, int total) {
    this.phase = next;
    this.total = total;
    save();
  }

  /** A batch is done; {@code skipped} articles needed nothing (unpublished meanwhile). */
  void add(BulkOutcome done, int skipped) {
    indexed += done.written() + skipped;
    failed += done.rejected();
    if (firstError == null) {
      firstError = done.firstError();
    }
    save();
  }

  void requireNoRejections() throws IOException {
    if (failed > 0) {
      throw new IOException(failed + " articles rejected by the new index, e.g. " + firstError);
    }
  }

  private void save() {
    rebuilds.progress(id, phase.name(), total, indexed, failed);
  }
}
