package io.kbplatform.search.rebuild;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.searchindex.SearchRebuilds;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every instance sees of a running rebuild, and when it gives up. */
class RebuildProgressTest {

  /** The progress rows as they would be written to the database. */
  private static final class RecordedRebuilds extends SearchRebuilds {
    final List<String> rows = new ArrayList<>();

    RecordedRebuilds() {
      super(Clock.systemUTC(), null);
    }

    @Override
    public void progress(long id, String phase, int total, int indexed, int failed) {
      rows.add(id + " " + phase + " " + indexed + "/" + total + " failed " + failed);
    }
  }

  @Test
  void everyStepIsWrittenWithArticlesUnpublishedMeanwhileCountedAsDone() {
    RecordedRebuilds rebuilds = new RecordedRebuilds();
    RebuildProgress progress = new RebuildProgress(rebuilds, 7);

    progress.phase(RebuildPhase.LOADING, 5);
    progress.add(new BulkOutcome(2, 0, null), 1);
    progress.add(new BulkOutcome(2, 0, null), 0);
    progress.phase(RebuildPhase.CATCHING_UP, progress.total());

    assertEquals(
        List.of(
            "7 LOADING 0/5 failed 0",
            "7 LOADING 3/5 failed 0",
            "7 LOADING 5/5 failed 0",
            "7 CATCHING_UP 5/5 failed 0"),
        rebuilds.rows);
    assertEquals(RebuildPhase.CATCHING_UP, progress.phase());
    assertDoesNotThrow(progress::requireNoRejections);
  }

  @Test
  void aRejectedArticleFailsTheRebuildNamingTheFirstError() {
    RebuildProgress progress = new RebuildProgress(new RecordedRebuilds(), 7);
    progress.phase(RebuildPhase.LOADING, 3);
    progress.add(new BulkOutcome(1, 1, "mapper_parsing_exception on a1"), 0);
    progress.add(new BulkOutcome(0, 1, "another error"), 0);

    IOException failure = assertThrows(IOException.class, progress::requireNoRejections);

    assertTrue(failure.getMessage().startsWith("2 articles rejected"), failure.getMessage());
    assertTrue(failure.getMessage().contains("mapper_parsing_exception on a1"));
  }
}
