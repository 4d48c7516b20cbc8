package io.kbplatform.search.rebuild;

import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.article.PublishedArticles;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.searchindex.RebuildState;
import io.kbplatform.content.searchindex.SearchRebuilds;
import io.kbplatform.search.index.ArticleDocuments;
import io.kbplatform.search.index.ArticleIndex;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One rebuild, run in the background: every published article bulk-loaded into the new index in
 * batches, the articles changed meanwhile re-indexed from fresh reads, then the alias swapped and
 * the old index deleted after a grace period. On failure the new index is deleted, unless it
 * already serves, and the failure is recorded.
 */
final class RebuildRun {

  private static final Logger LOG = Logger.getLogger(RebuildRun.class.getName());
  static final Duration OLD_INDEX_GRACE = Duration.ofSeconds(3);

  private final SearchRebuilds rebuilds;
  private final PublishedArticles published;
  private final Outbox outbox;
  private final ArticleIndex index;
  private final ArticleDocuments documents;
  private final BulkWriter bulk;

  RebuildRun(
      SearchRebuilds rebuilds,
      PublishedArticles published,
      Outbox outbox,
      ArticleIndex index,
      ArticleDocuments documents,
      BulkWriter bulk) {
    this.rebuilds = rebuilds;
    this.published = published;
    this.outbox = outbox;
    this.index = index;
    this.documents = documents;
    this.bulk = bulk;
  }

  void run(long id, String name, long outboxMark, RebuildOptions options) {
    RebuildProgress progress = new RebuildProgress(rebuilds, id);
    boolean swapped = false;
    try {
      List<String> ids = published.allPublishedIds();
      progress.phase(RebuildPhase.LOADING, ids.size());
      for (int from = 0; from < ids.size(); from += options.batchSize()) {
        List<String> batch = ids.subList(from, Math.min(ids.size(), from + options.batchSize()));
        List<PublishedArticle> articles = published.findAll(batch);
        BulkOutcome done = bulk.load(name, documents.buildAll(articles));
        // Articles unpublished since the ids were read count as done: nothing to index.
        progress.add(done, batch.size() - articles.size());
        pause(options.throttle());
      }
      progress.requireNoRejections();
      progress.phase(RebuildPhase.CATCHING_UP, progress.total());
      catchUp(id, name, outboxMark, options);
      progress.requireNoRejections();
      progress.phase(RebuildPhase.SWAPPING, progress.total());
      index.loaded(name);
      Set<String> previous = index.swapTo(name);
      swapped = true;
      // Searches that resolved the alias just before the swap still run on the old index: give
      // them a moment before it goes.
      pause(OLD_INDEX_GRACE);
      for (String old : previous) {
        if (!old.equals(name)) {
          discard(old);
        }
      }
      rebuilds.finish(id, RebuildState.COMPLETED, RebuildPhase.DONE.name(), null);
      LOG.info(
          () -> "Search index rebuild " + id + " completed: " + name + " replaced " + previous);
    } catch (Exception | LinkageError e) { // NOPMD: any failure must be recorded, never lost
      LOG.log(Level.WARNING, "Search index rebuild " + id + " failed", e);
      if (!swapped) {
        discard(name);
      }
      rebuilds.finish(id, RebuildState.FAILED, progress.phase().name(), summary(e));
    }
  }

  /** Re-indexes, from fresh reads, what the outbox delivered or still holds since the start. */
  private void catchUp(long id, String name, long outboxMark, RebuildOptions options)
      throws IOException {
    Set<String> changed = new TreeSet<>(rebuilds.changedArticles(id));
    changed.addAll(outbox.pendingAggregatesAfter(outboxMark));
    List<String> all = new ArrayList<>(changed);
    for (int from = 0; from < all.size(); from += options.batchSize()) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + options.batchSize()));
      List<PublishedArticle> articles = published.findAll(batch);
      Set<String> gone = new TreeSet<>(batch);
      articles.forEach(a -> gone.remove(a.id()));
      BulkOutcome done = bulk.refresh(name, documents.buildAll(articles), gone);
      if (done.rejected() > 0) {
        throw new IOException(done.rejected() + " changed articles rejected: " + done.firstError());
      }
    }
    LOG.info(() -> changed.size() + " articles changed during rebuild " + id + " re-indexed");
  }

  /** Deletes an index no longer wanted; a failure is logged, never thrown. */
  void discard(String name) {
    try {
      index.deleteIndex(name);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete search index " + name, e);
    }
  }

  private static void pause(Duration throttle) throws InterruptedException {
    if (!throttle.isZero()) {
      Thread.sleep(throttle.toMillis());
    }
  }

  private static String summary(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
