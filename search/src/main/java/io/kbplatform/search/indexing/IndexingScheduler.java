package io.kbplatform.search.indexing;

import io.kbplatform.content.outbox.OutboxRecorded;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
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
  private ScheduledFuture<?> polling;

  protected IndexingScheduler() {}

  @Inject
  public IndexingScheduler(OutboxIndexer indexer) {
    this.indexer = indexer;
  }

  /** Starts polling; called once the database schema is ready. */
  public synchronized void start() {
    if (polling == null) {
      polling = executor.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
    }
  }

  void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded event) {
    executor.execute(this::drainQuietly);
  }

  private void drainQuietly() {
    try {
      indexer.drain();
    } catch (RuntimeException e) {
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
