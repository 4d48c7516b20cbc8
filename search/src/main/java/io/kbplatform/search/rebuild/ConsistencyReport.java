package io.kbplatform.search.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Database against index: how many articles the index should hold and holds, and the differences,
 * each counted in full and sampled (at most {@value #SAMPLE} ids of each kind). Changes still in
 * the outbox ({@code pendingOutbox}) explain differences that are about to disappear on their own.
 */
public record ConsistencyReport(
    Instant checkedAt,
    long databaseArticles,
    long indexedDocuments,
    long missingCount,
    List<String> missing,
    long staleCount,
    List<StaleDocument> stale,
    long orphanedCount,
    List<String> orphaned,
    long pendingOutbox,
    boolean consistent) {

  public static final int SAMPLE = 100;

  /** An article whose indexed copy differs from the database in version or status. */
  public record StaleDocument(
      String id,
      int databaseVersion,
      String databaseStatus,
      int indexVersion,
      String indexStatus) {}
}
