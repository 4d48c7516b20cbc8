package io.kbplatform.search.indexing;

import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.article.PublishedArticles;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.outbox.OutboxEvent;
import io.kbplatform.search.cluster.ClusterUnavailable;
import io.kbplatform.search.index.ArticleDocuments;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.rebuild.RebuildTarget;
import io.kbplatform.search.rebuild.RebuildTarget.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
  private PublishedArticles articles;
  private ArticleIndex index;
  private ArticleDocuments documents;
  private RebuildTarget rebuild;
  private Backoff backoff;
  private int maxAttempts;
  private final AtomicBoolean draining = new AtomicBoolean();
  private volatile boolean clusterDown;
  private volatile boolean databaseDown;

  protected OutboxIndexer() {}

  @Inject
  public OutboxIndexer(
      Outbox outbox,
      PublishedArticles articles,
      ArticleIndex index,
      ArticleDocuments documents,
      RebuildTarget rebuild,
      @ConfigProperty(name = "kb.indexer.max-backoff", defaultValue = "PT30S") Duration maxBackoff,
      @ConfigProperty(name = "kb.indexer.max-attempts", defaultValue = "10") int maxAttempts) {
    this.outbox = outbox;
    this.articles = articles;
    this.index = index;
    this.documents = documents;
    this.rebuild = rebuild;
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
        // Read after the events: a rebuild that started before they were read is seen here.
        Optional<Target> target = rebuild.current();
        databaseBack();
        for (OutboxEvent event : due) {
          if (!deliver(event, target)) {
            return delivered;
          }
          delivered++;
        }
      } while (due.size() == BATCH);
      return delivered;
    } catch (RuntimeException e) {
      databaseDown(e);
      return delivered;
    } finally {
      draining.set(false);
    }
  }

  /**
   * Delivers one event; false ends this drain (the cluster or the database is unavailable). Only a
   * document the cluster rejects counts toward giving up on the event; outages of either side are
   * retried with backoff for as long as they last.
   */
  private boolean deliver(OutboxEvent event, Optional<Target> target) {
    Optional<PublishedArticle> published;
    try {
      published = articles.find(event.aggregateId());
    } catch (RuntimeException e) {
      databaseDown(e);
      return false;
    }
    Exception failure = write(event.aggregateId(), published, target);
    try {
      if (failure == null) {
        outbox.delivered(event.id());
        clusterBack();
        return true;
      }
      Duration retry = backoff.after(event.attempts());
      if (ClusterUnavailable.isCause(failure)) {
        outbox.unavailable(event.id(), summary(failure), retry);
        clusterDown(failure);
        return false;
      }
      outbox.failed(event.id(), summary(failure), retry, maxAttempts);
      LOG.log(Level.WARNING, "Elasticsearch rejected article " + event.aggregateId(), failure);
      return true;
    } catch (RuntimeException e) {
      databaseDown(e);
      return false;
    }
  }

  /**
   * Writes (or removes) the document; while a rebuild runs, into its new index as well. A change
   * the old index rejects but the new one takes (a new definition) counts as delivered: the new
   * index is about to serve. Returns the failure, if any.
   */
  private Exception write(
      String articleId, Optional<PublishedArticle> published, Optional<Target> target) {
    Exception current = write(articleId, published);
    if (target.isEmpty()) {
      return current;
    }
    try {
      rebuild.changed(target.get(), articleId);
      if (published.isPresent()) {
        index.putInto(target.get().index(), documents.build(published.get()));
      } else {
        index.removeFrom(target.get().index(), articleId);
      }
    } catch (Exception e) {
      return current != null ? current : e;
    }
    if (current != null && !ClusterUnavailable.isCause(current)) {
      LOG.log(
          Level.WARNING,
          "The serving index rejected article " + articleId + "; the rebuilding index took it",
          current);
      return null;
    }
    return current;
  }

  /** Writes (or removes) the document through the alias; the failure, if any. */
  private Exception write(String articleId, Optional<PublishedArticle> published) {
    try {
      if (published.isPresent()) {
        index.put(documents.build(published.get()));
      } else {
        index.remove(articleId);
      }
      return null;
    } catch (Exception e) {
      if (ClusterUnavailable.isMissingIndex(e)) {
        index.forget();
      }
      return e;
    }
  }

  private void clusterDown(Exception e) {
    index.forget();
    if (!clusterDown) {
      clusterDown = true;
      LOG.warning("Elasticsearch is unavailable; indexing will retry: " + summary(e));
    }
  }

  private void clusterBack() {
    if (clusterDown) {
      clusterDown = false;
      LOG.info("Elasticsearch is available again; the index is catching up.");
    }
  }

  private void databaseDown(RuntimeException e) {
    if (!databaseDown) {
      databaseDown = true;
      LOG.log(Level.WARNING, "The database is unavailable; indexing will retry", e);
    }
  }

  private void databaseBack() {
    if (databaseDown) {
      databaseDown = false;
      LOG.info("The database is available again; indexing resumes.");
    }
  }

  private static String summary(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
