package io.kbplatform.search.indexing;

import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.outbox.OutboxRecorded;
import io.kbplatform.content.searchanalytics.ArticleClicks;
import io.kbplatform.search.index.ArticleIndex;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link OutboxIndexer}: right after a transaction that wrote to the outbox commits, and
 * every second in any case, so that events left behind by an outage or a restart are picked up; and
 * every {@code kb.search.usage-refresh} re-indexes the articles clicked in search results since, so
 * that their popularity (a ranking signal) follows.
 */
@ApplicationScoped
public class IndexingScheduler {

  private static final Logger LOG = Logger.getLogger(IndexingScheduler.class.getName());

  @Resource ManagedScheduledExecutorService executor;

  private OutboxIndexer indexer;
  private ArticleIndex index;
  private ArticleClicks clicks;
  private Outbox outbox;
  private Duration usageRefresh;
  private ScheduledFuture<?> polling;
  private ScheduledFuture<?> usage;
  private Instant usageSince;

  protected IndexingScheduler() {}

  @Inject
  public IndexingScheduler(
      OutboxIndexer indexer,
      ArticleIndex index,
      ArticleClicks clicks,
      Outbox outbox,
      @ConfigProperty(name = "kb.search.usage-refresh", defaultValue = "PT10M")
          Duration usageRefresh) {
    this.indexer = indexer;
    this.index = index;
    this.clicks = clicks;
    this.outbox = outbox;
    this.usageRefresh = usageRefresh;
  }

  /**
   * Starts polling; called once the database schema is ready. The index is created now if the
   * cluster answers, so that the first publication is searchable as fast as any other.
   */
  public synchronized void start() {
    if (polling == null) {
      executor.execute(this::prepareIndexQuietly);
      polling = executor.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
      usageSince = Instant.now();
      long every = usageRefresh.toMillis();
      usage =
          executor.scheduleWithFixedDelay(
              this::refreshUsageQuietly, every, every, TimeUnit.MILLISECONDS);
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

  /** Re-indexes the articles clicked since the last run, so that their popularity counts. */
  private void refreshUsageQuietly() {
    try {
      Instant now = Instant.now();
      Set<String> clicked = clicks.articlesClickedSince(usageSince);
      if (!clicked.isEmpty()) {
        outbox.articlesChanged(clicked);
      }
      usageSince = now;
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Refreshing usage signals failed; will retry", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (polling != null) {
      polling.cancel(false);
      polling = null;
    }
    if (usage != null) {
      usage.cancel(false);
      usage = null;
    }
  }
}
