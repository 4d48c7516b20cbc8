package io.kbplatform.search.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.article.PublishedState;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConsistencyComparisonTest {

  @Test
  void findsMissingStaleAndOrphanedDocuments() {
    ConsistencyComparison c =
        new ConsistencyComparison(
            List.of(
                new PublishedState("ok", 2, false),
                new PublishedState("missing", 1, false),
                new PublishedState("old-version", 3, false),
                new PublishedState("archived", 1, true)));
    c.indexed("ok", 2, "PUBLISHED");
    c.indexed("old-version", 2, "PUBLISHED");
    c.indexed("archived", 1, "PUBLISHED");
    c.indexed("orphan", 1, "PUBLISHED");

    ConsistencyReport report = c.report(Instant.EPOCH, 0);

    assertFalse(report.consistent());
    assertEquals(4, report.databaseArticles());
    assertEquals(4, report.indexedDocuments());
    assertEquals(List.of("missing"), report.missing());
    assertEquals(2, report.staleCount());
    assertEquals(
        List.of("old-version", "archived"), report.stale().stream().map(s -> s.id()).toList());
    assertEquals("ARCHIVED", report.stale().get(1).databaseStatus());
    assertEquals(List.of("orphan"), report.orphaned());
    assertEquals(List.of("archived", "missing", "old-version", "orphan"), c.toRepair());
  }

  @Test
  void aMatchingIndexIsConsistent() {
    ConsistencyComparison c = new ConsistencyComparison(List.of(new PublishedState("a", 1, true)));
    c.indexed("a", 1, "ARCHIVED");

    assertTrue(c.report(Instant.EPOCH, 0).consistent());
    assertEquals(List.of(), c.toRepair());
  }

  @Test
  void samplesAreCappedButCountsAreNot() {
    ConsistencyComparison c =
        new ConsistencyComparison(
            IntStream.range(0, 250).mapToObj(i -> new PublishedState("m" + i, 1, false)).toList());

    ConsistencyReport report = c.report(Instant.EPOCH, 3);

    assertEquals(250, report.missingCount());
    assertEquals(ConsistencyReport.SAMPLE, report.missing().size());
    assertEquals(250, c.toRepair().size());
    assertEquals(3, report.pendingOutbox());
  }
}
