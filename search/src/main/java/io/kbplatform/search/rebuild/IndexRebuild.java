package io.kbplatform.search.rebuild;

import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.article.PublishedArticles;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.searchindex.RebuildState;
import io.kbplatform.content.searchindex.SearchRebuild;
import io.kbplatform.content.searchindex.SearchRebuilds;
import io.kbplatform.search.index.ArticleDocuments;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.index.IndexOutdated;
import io.kbplatform.search.query.SearchUnavailableException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the article index from the database without a moment of partial search: a new concrete
 * index is bulk-loaded in the background while the alias keeps pointing to the old one; changes
 * made meanwhile are written to both (see {@link RebuildTarget}) and re-indexed once more at the
 * end; then the new index is refreshed, the alias swapped atomically and the old index deleted. On
 * failure the new index is deleted and the alias stays where it was. Progress is kept in the
 * database ({@link SearchRebuilds}), for every instance to see.
 */
@ApplicationScoped
public class IndexRebuild {

  private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());
  static final Duration OLD_INDEX_GRACE = Duration.ofSeconds(3);
  public static final String SYSTEM = "system";

  @Resource ManagedExecutorService executor;

  private SearchRebuilds rebuilds;
  private PublishedArticles published;
  private Outbox outbox;
  private ArticleIndex index;
  private ArticleDocuments documents;
  private BulkWriter bulk;
  private RebuildTarget target;
  private RebuildOptions defaults;

  protected IndexRebuild() {}

  @Inject
  public IndexRebuild(
      SearchRebuilds rebuilds,
      PublishedArticles published,
      Outbox outbox,
      ArticleIndex index,
      ArticleDocuments documents,
      BulkWriter bulk,
      RebuildTarget target,
      @ConfigProperty(name = "kb.search.rebuild.batch-size", defaultValue = "500") int batchSize,
      @ConfigProperty(name = "kb.search.rebuild.throttle", defaultValue = "PT0S")
          Duration throttle) {
    this.rebuilds = rebuilds;
    this.published = published;
    this.outbox = outbox;
    this.index = index;
    this.documents = documents;
    this.bulk = bulk;
    this.target = target;
    this.defaults = new RebuildOptions(batchSize, throttle);
  }

  /** The configured batch size and throttle. */
  public RebuildOptions defaults() {
    return defaults;
  }

  /** Starts a rebuild in the background with the configured options; 409 if one is running. */
  public SearchRebuild start(String by) {
    return start(by, defaults);
  }

  /** Starts a rebuild in the background; 409 (conflict) if one is running. */
  public SearchRebuild start(String by, RebuildOptions options) {
    rebuilds.abandonStale(target.staleAfter()).ifPresent(stale -> deleteQuietly(stale.indexName()));
    String name = index.newConcreteName();
    try {
      index.createForLoad(name);
    } catch (IOException e) {
      throw new SearchUnavailableException(e);
    }
    SearchRebuild rebuild;
    try {
      rebuild = rebuilds.begin(name, RebuildPhase.LOADING.name(), by);
    } catch (RuntimeException e) {
      deleteQuietly(name);
      throw e;
    }
    LOG.info(() -> "Search index rebuild " + rebuild.id() + " started by " + by);
    executor.execute(() -> run(rebuild.id(), rebuild.indexName(), rebuild.outboxMark(), options));
    return rebuild;
  }

  public Optional<SearchRebuild> find(long id) {
    return rebuilds.find(id);
  }

  public List<SearchRebuild> recent(int limit) {
    return rebuilds.recent(limit);
  }

  /** An index of an older definition serves searches: rebuild into the current one. */
  void onOutdated(@Observes IndexOutdated event) {
    try {
      start(SYSTEM);
    } catch (ConflictException running) {
      LOG.info("An outdated search index awaits the rebuild that is already running.");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not start the rebuild of an outdated search index", e);
    }
  }

  private void run(long id, String name, long outboxMark, RebuildOptions options) {
    Progress progress = new Progress(id);
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
      progress.phase(RebuildPhase.CATCHING_UP, progress.total);
      catchUp(id, name, outboxMark, options);
      progress.requireNoRejections();
      progress.phase(RebuildPhase.SWAPPING, progress.total);
      index.loaded(name);
      Set<String> previous = index.swapTo(name);
      swapped = true;
      // Searches that resolved the alias just before the swap still run on the old index: give
      // them a moment before it goes.
      pause(OLD_INDEX_GRACE);
      for (String old : previous) {
        if (!old.equals(name)) {
          deleteQuietly(old);
        }
      }
      rebuilds.finish(id, RebuildState.COMPLETED, RebuildPhase.DONE.name(), null);
      LOG.info(
          () -> "Search index rebuild " + id + " completed: " + name + " replaced " + previous);
    } catch (Exception | LinkageError e) { // NOPMD: any failure must be recorded, never lost
      LOG.log(Level.WARNING, "Search index rebuild " + id + " failed", e);
      if (!swapped) {
        deleteQuietly(name);
      }
      rebuilds.finish(id, RebuildState.FAILED, progress.phase.name(), summary(e));
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

  private void deleteQuietly(String name) {
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

  /** Counts of one run, written to the database after each step. */
  private final class Progress {
    private final long id;
    private RebuildPhase phase = RebuildPhase.CREATING;
    private int total;
    private int indexed;
    private int failed;
    private String firstError;

    Progress(long id) {
      this.id = id;
    }

    void phase(RebuildPhase next, int total) {
      this.phase = next;
      this.total = total;
      save();
    }

    void add(BulkOutcome done, int skipped) {
      indexed += done.written() + skipped;
      failed += done.rejected();
      if (firstError == null) {
        firstError = done.firstError();
      }
      save();
    }

    void requireNoRejections() throws IOException {
      if (failed > 0) {
        throw new IOException(failed + " articles rejected by the new index, e.g. " + firstError);
      }
    }

    private void save() {
      rebuilds.progress(id, phase.name(), total, indexed, failed);
    }
  }
}
