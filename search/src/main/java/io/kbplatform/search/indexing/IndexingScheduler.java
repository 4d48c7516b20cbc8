package io.kbplatform.search.indexing;

import io.kbplatform.content.outbox.OutboxRecorded;
import io.kbplatform.search.index.ArticleIndex;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link OutboxIndexer}: right after a transaction that wrote to the outbox commits, and
 * every second in any case, so that events left behind by an outage or a restart are picked up.
 */
@ApplicationScoped
public class IndexingScheduler {

  private static final Logger LOG = Logger.getLogger(IndexingScheduler.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  private OutboxIndexer indexer;
  private ArticleIndex index;
  private ScheduledFuture<?> polling;

  protected IndexingScheduler() {}

  @Inject
  public IndexingScheduler(OutboxIndexer indexer, ArticleIndex index) {
    this.indexer = indexer;
    this.index = index;
  }

  /**
   * Starts polling; called once the database schema is ready. The index is created now if the
   * cluster answers, so that the first publication is searchable as fast as any other.
   */
  public synchronized void start() {
    if (polling == null) {
      executor.execute(this::prepareIndexQuietly);
      polling = executor.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
    }
  }

  void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded event) {
    executor.execute(this::drainQuietly);
  }

  private void prepareIndexQuietly() {
    try {
      index.ensureExists();
    } catch (IOException | RuntimeException e) {
      LOG.info("Elasticsearch is not reachable yet; the index will be created on first use.");
    }
  }

  private void drainQuietly() {
    try {
      indexer.drain();
    } catch (Throwable e) { // NOPMD: an escaping error would cancel the periodic poll for good
      LOG.log(Level.WARNING, "Draining the outbox failed; will retry", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (polling != null) {
      polling.cancel(false);
      polling = null;
    }
  }
}
