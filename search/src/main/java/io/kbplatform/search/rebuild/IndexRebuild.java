package io.kbplatform.search.rebuild;

import io.kbplatform.content.article.PublishedArticles;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.outbox.Outbox;
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
import java.util.List;
import java.util.Optional;
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
  public static final String SYSTEM = "system";

  @Resource ManagedExecutorService executor;

  private SearchRebuilds rebuilds;
  private ArticleIndex index;
  private RebuildTarget target;
  private RebuildRun runs;
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
    this.index = index;
    this.target = target;
    this.runs = new RebuildRun(rebuilds, published, outbox, index, documents, bulk);
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
    rebuilds.abandonStale(target.staleAfter()).ifPresent(stale -> runs.discard(stale.indexName()));
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
      runs.discard(name);
      throw e;
    }
    LOG.info(() -> "Search index rebuild " + rebuild.id() + " started by " + by);
    executor.execute(
        () -> runs.run(rebuild.id(), rebuild.indexName(), rebuild.outboxMark(), options));
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
}
