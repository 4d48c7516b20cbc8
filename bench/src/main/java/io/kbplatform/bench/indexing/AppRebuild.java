package io.kbplatform.bench.indexing;

import com.fasterxml.jackson.databind.JsonNode;
import io.kbplatform.bench.runtime.Http;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The app's full rebuild from the database, timed from the request until it reports completion:
 * {@code POST /api/admin/search-index/rebuilds}, then polling {@code GET .../rebuilds/{id}}. On a
 * build without that API (404), every published article is queued in the outbox instead — what the
 * app itself does when it creates a new index — and the time runs until the outbox is empty.
 */
public final class AppRebuild {

  private static final String REBUILDS = "/api/admin/search-index/rebuilds";
  private static final Set<String> DONE =
      Set.of("COMPLETED", "SUCCEEDED", "DONE", "FINISHED", "SWAPPED");
  private static final Set<String> FAILED = Set.of("FAILED", "CANCELLED", "ABORTED", "ERROR");

  private final Http admin;
  private final Connection db;
  private final LongSupplier searchableCount;
  private final Duration timeout;

  public AppRebuild(Http admin, Connection db, LongSupplier searchableCount, Duration timeout) {
    this.admin = admin;
    this.db = db;
    this.searchableCount = searchableCount;
    this.timeout = timeout;
  }

  /** Rebuilds with {@code batchSize} articles per batch (one bulk request each). */
  public IndexingResult run(int documents, int batchSize)
      throws IOException, SQLException, InterruptedException {
    long start = System.nanoTime();
    Http.Answer started = admin.post(REBUILDS, "{\"batchSize\": " + batchSize + "}");
    if (started.status() == 404 || started.status() == 405) {
      return viaOutbox(documents);
    }
    if (started.status() != 202 && started.status() != 201 && started.status() != 200) {
      throw new IOException(
          "Starting the rebuild answered " + started.status() + ": " + started.body());
    }
    String id = started.json().path("id").asText(null);
    String location =
        id != null
            ? REBUILDS + "/" + id
            : started.response().headers().firstValue("Location").orElseThrow();
    if (location.startsWith("http")) {
      location = location.substring(location.indexOf("/api/"));
    }
    JsonNode status;
    long deadline = start + timeout.toNanos();
    while (true) {
      status = admin.get(location).json();
      String state = status.path("state").asText("").toUpperCase(Locale.ROOT);
      if (DONE.contains(state)
          || (!status.path("finishedAt").isMissingNode()
              && !status.path("finishedAt").isNull()
              && !FAILED.contains(state))) {
        break;
      }
      if (FAILED.contains(state)) {
        throw new IOException("The rebuild failed: " + status);
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("The rebuild did not finish within " + timeout + ": " + status);
      }
      Thread.sleep(200);
    }
    long nanos = System.nanoTime() - start;
    String serverSeconds = "";
    try {
      serverSeconds =
          "server-side "
              + Duration.between(
                          java.time.Instant.parse(status.get("startedAt").asText()),
                          java.time.Instant.parse(status.get("finishedAt").asText()))
                      .toMillis()
                  / 1000.0
              + " s; ";
    } catch (RuntimeException e) {
      // no usable timestamps: the bench-side time stands alone
    }
    return IndexingResult.of(
        "admin API full rebuild (new index, alias swap)",
        documents,
        searchableCount.getAsLong(),
        nanos,
        batchSize,
        serverSeconds + "server: " + status);
  }

  private IndexingResult viaOutbox(int documents)
      throws SQLException, IOException, InterruptedException {
    long start = System.nanoTime();
    try (Statement queue = db.createStatement()) {
      queue.executeUpdate(
          "INSERT INTO outbox_event (id, aggregate_type, aggregate_id, event_type, status,"
              + " attempts, created_at, next_attempt_at)"
              + " SELECT nextval('outbox_event_seq'), 'ARTICLE', id, 'CHANGED', 'PENDING', 0,"
              + " now(), now() FROM article WHERE published_version IS NOT NULL ORDER BY id");
    }
    if (!db.getAutoCommit()) {
      db.commit();
    }
    long deadline = start + timeout.toNanos();
    while (pending() > 0) {
      if (System.nanoTime() > deadline) {
        throw new IOException("The outbox was not drained within " + timeout);
      }
      Thread.sleep(200);
    }
    long nanos = System.nanoTime() - start;
    return IndexingResult.of(
        "outbox refill (no rebuild API in this build): one index request per article",
        documents,
        searchableCount.getAsLong(),
        nanos,
        1,
        "");
  }

  private long pending() throws SQLException {
    try (Statement count = db.createStatement();
        ResultSet rs =
            count.executeQuery("SELECT COUNT(*) FROM outbox_event WHERE status = 'PENDING'")) {
      rs.next();
      long n = rs.getLong(1);
      if (!db.getAutoCommit()) {
        db.commit();
      }
      return n;
    }
  }
}
