package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records searches and clicks on their hits. Recording a search costs the request only a queue
 * offer: searches wait in a bounded in-memory queue and are written in batches by a background task
 * about once a second (and on shutdown). When the queue is full a search is dropped and counted
 * rather than slowing searches down; analytics are best effort, searches are not.
 */
@ApplicationScoped
public class SearchLog {

  private static final Logger LOG = Logger.getLogger(SearchLog.class.getName());
  static final int BATCH = 500;

  @Resource ManagedScheduledExecutorService executor;

  private SearchEventRepository repository;
  private KnownNames names;
  private Clock clock;
  private long flushMillis;
  private BlockingQueue<SearchEvent> queue;
  private final AtomicLong dropped = new AtomicLong();
  private final Object flushing = new Object();
  private volatile ScheduledFuture<?> task;

  protected SearchLog() {}

  /** Without known names: queries are masked by pattern only (for tests). */
  public SearchLog(SearchEventRepository repository, Clock clock, int capacity, long flushMillis) {
    this(repository, null, clock, capacity, flushMillis);
  }

  @Inject
  public SearchLog(
      SearchEventRepository repository,
      KnownNames names,
      Clock clock,
      @ConfigProperty(name = "kb.search.analytics.queue-capacity", defaultValue = "10000")
          int capacity,
      @ConfigProperty(name = "kb.search.analytics.flush-millis", defaultValue = "1000")
          long flushMillis) {
    this.repository = repository;
    this.names = names;
    this.clock = clock;
    this.flushMillis = Math.max(10, flushMillis);
    this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
  }

  /**
   * Records a search without waiting for the database; returns its id, which clicks on its hits
   * refer to. The query is normalised and masked ({@link QueryText}, with the names of known users)
   * before it is kept.
   */
  public UUID record(SearchRecord search) {
    UUID id = UUID.randomUUID();
    PersonalData masker = names == null ? PersonalData.PATTERNS_ONLY : names.masker();
    SearchEvent event =
        new SearchEvent(id, search, search.at() == null ? clock.instant() : search.at(), masker);
    if (!queue.offer(event)) {
      if (dropped.incrementAndGet() % 1000 == 1) {
        LOG.warning("Search analytics queue is full; searches are not being recorded");
      }
    }
    startFlushing();
    return id;
  }

  /**
   * Records a click by a searcher on the hit at {@code position} (1-based) of their own search: the
   * article must be one the search showed, the searcher must still be allowed to read it, and each
   * hit counts once.
   *
   * @param searcher the clicking user's pseudonym ({@link SearcherPseudonyms})
   * @param mayRead whether the clicking user may read an article (by id)
   * @throws NotFoundException when no such search was recorded, or it was someone else's, or the
   *     article cannot be read
   * @throws InvalidRequestException for a position outside 1..{@value SearchClick#MAX_POSITION}, a
   *     blank or over-long article id, or an article the search did not show
   * @throws ConflictException when the hit was clicked already
   */
  public void click(
      UUID searchId, String searcher, String articleId, int position, Predicate<String> mayRead) {
    if (position < 1 || position > SearchClick.MAX_POSITION) {
      throw new InvalidRequestException(
          "position must be between 1 and " + SearchClick.MAX_POSITION + ".");
    }
    if (articleId == null
        || articleId.isBlank()
        || articleId.strip().length() > SearchClick.ARTICLE_ID_LENGTH) {
      throw new InvalidRequestException(
          "articleId must be 1 to " + SearchClick.ARTICLE_ID_LENGTH + " characters.");
    }
    String article = articleId.strip();
    // The search may still be queued, or in a batch being written: then write it and look again.
    SearchEvent search =
        repository
            .find(searchId)
            .or(
                () -> {
                  flush();
                  return repository.find(searchId);
                })
            // someone else's search is as unknown as a search that never was
            .filter(found -> searcher != null && found.madeBy(searcher))
            .orElseThrow(() -> new NotFoundException("Search", searchId.toString()));
    if (!search.showed(article)) {
      throw new InvalidRequestException("articleId is not one of this search's results.");
    }
    if (!mayRead.test(article)) {
      throw new NotFoundException("Article", article);
    }
    SearchClick click = new SearchClick(searchId, searcher, article, position, clock.instant());
    boolean added;
    try {
      added = repository.addClick(searchId, click);
    } catch (PersistenceException e) {
      // the unique index on (search, article): the same hit clicked twice at the same moment
      throw new ConflictException("This hit of the search was clicked already.");
    }
    if (!added) {
      throw new NotFoundException("Search", searchId.toString());
    }
  }

  /**
   * Writes every queued search now, in the caller's thread; returns how many were written. The
   * background task does this every second; it is also done on shutdown.
   */
  public int flush() {
    synchronized (flushing) {
      int written = 0;
      List<SearchEvent> batch = new ArrayList<>(BATCH);
      while (queue.drainTo(batch, BATCH) > 0) {
        try {
          repository.addAll(batch);
          written += batch.size();
        } catch (RuntimeException e) {
          dropped.addAndGet(batch.size());
          LOG.log(Level.WARNING, batch.size() + " searches could not be recorded", e);
        }
        batch.clear();
      }
      return written;
    }
  }

  /** Searches dropped since start because the queue was full or the database failed. */
  public long dropped() {
    return dropped.get();
  }

  /** Searches waiting to be written. */
  public int pending() {
    return queue.size();
  }

  private void startFlushing() {
    if (task == null) {
      synchronized (this) {
        if (task == null && executor != null) {
          task =
              executor.scheduleWithFixedDelay(
                  this::flushQuietly, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
        }
      }
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (Throwable e) { // NOPMD: an escaping error would cancel the periodic flush for good
      LOG.log(Level.WARNING, "Writing search analytics failed; will retry", e);
    }
  }

  @PreDestroy
  void stop() {
    synchronized (this) {
      if (task != null) {
        task.cancel(false);
        task = null;
      }
    }
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, pending() + " searches were not recorded at shutdown", e);
    }
  }
}
