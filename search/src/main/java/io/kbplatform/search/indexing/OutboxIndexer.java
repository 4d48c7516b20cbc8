package io.kbplatform.search.indexing;

import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.outbox.OutboxEvent;
import io.kbplatform.search.cluster.ClusterUnavailable;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers outbox events to the index: each event names an article, whose published content is read
 * from the database (the source of truth) and written to, or removed from, the index.
 */
@ApplicationScoped
public class OutboxIndexer {

  private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
  static final int BATCH = 100;

  private Outbox outbox;
  private ArticleService articles;
  private ArticleIndex index;
  private Backoff backoff;
  private int maxAttempts;
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean clusterDown;

  protected OutboxIndexer() {}

  @Inject
  public OutboxIndexer(
      Outbox outbox,
      ArticleService articles,
      ArticleIndex index,
      @ConfigProperty(name = "kb.indexer.max-backoff", defaultValue = "PT30S") Duration maxBackoff,
      @ConfigProperty(name = "kb.indexer.max-attempts", defaultValue = "10") int maxAttempts) {
    this.outbox = outbox;
    this.articles = articles;
    this.index = index;
    this.backoff = new Backoff(Duration.ofSeconds(1), maxBackoff);
    this.maxAttempts = maxAttempts;
  }

  /** Delivers every due event; returns how many were delivered. One drain runs at a time. */
  public int drain() {
    if (!draining.compareAndSet(false, true)) {
      return 0;
    }
    int delivered = 0;
    try {
      List<OutboxEvent> due;
      do {
        due = outbox.due(BATCH);
        for (OutboxEvent event : due) {
          if (!deliver(event)) {
            return delivered;
          }
          delivered++;
        }
      } while (due.size() == BATCH);
      return delivered;
    } finally {
      draining.set(false);
    }
  }

  /** Delivers one event; false when the cluster is unreachable, which ends this drain. */
  private boolean deliver(OutboxEvent event) {
    try {
      var published = articles.findPublished(event.aggregateId());
      if (published.isPresent()) {
        index.put(ArticleDocument.of(published.get()));
      } else {
        index.remove(event.aggregateId());
      }
      outbox.delivered(event.id());
      if (clusterDown) {
        clusterDown = false;
        LOG.info("Elasticsearch is reachable again; the index is catching up.");
      }
      return true;
    } catch (Exception e) {
      boolean unavailable = ClusterUnavailable.isCause(e);
      Duration retry = backoff.after(event.attempts());
      outbox.failed(event.id(), summary(e), retry, unavailable ? Integer.MAX_VALUE : maxAttempts);
      if (unavailable) {
        index.forget();
        if (!clusterDown) {
          clusterDown = true;
          LOG.warning("Elasticsearch is unreachable; indexing will retry: " + summary(e));
        }
        return false;
      }
      LOG.log(Level.WARNING, "Indexing article " + event.aggregateId() + " failed", e);
      return true;
    }
  }

  private static String summary(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
