package io.kbplatform.search.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.kbplatform.content.article.PublishedArticles;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.outbox.OutboxStatus;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.query.SearchUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Checks the index against the database: every article with a published version (published or
 * archived) must be indexed with that version and status, and nothing else. The index is scanned
 * through the alias with a point in time and {@code search_after}, a thousand documents a page,
 * reading only id, version and status. {@link #repair} queues the differences in the outbox.
 */
@ApplicationScoped
public class IndexConsistency {

  private static final Logger LOG = Logger.getLogger(IndexConsistency.class.getName());
  static final int PAGE = 1000;
  private static final String KEEP_ALIVE = "2m";

  private SearchCluster cluster;
  private ArticleIndex index;
  private PublishedArticles published;
  private Outbox outbox;

  protected IndexConsistency() {}

  @Inject
  public IndexConsistency(
      SearchCluster cluster, ArticleIndex index, PublishedArticles published, Outbox outbox) {
    this.cluster = cluster;
    this.index = index;
    this.published = published;
    this.outbox = outbox;
  }

  /** Compares database and index now. */
  public ConsistencyReport check() {
    return compare().report(Instant.now(), outbox.count(OutboxStatus.PENDING));
  }

  /** A repair: what the check found, and how many articles were queued to fix it. */
  public record Repair(ConsistencyReport before, int queued) {}

  /**
   * Queues an outbox event for every missing, stale or orphaned article; the indexer then writes
   * the database's version, or removes what the database no longer publishes.
   */
  public Repair repair() {
    ConsistencyComparison comparison = compare();
    ConsistencyReport report = comparison.report(Instant.now(), outbox.count(OutboxStatus.PENDING));
    List<String> ids = comparison.toRepair();
    outbox.articlesChanged(ids);
    LOG.info(() -> ids.size() + " articles queued to repair the search index");
    return new Repair(report, ids.size());
  }

  private ConsistencyComparison compare() {
    // The database first: a document indexed after this read is at worst reported as orphaned
    // or stale, and a repair of it is harmless.
    ConsistencyComparison comparison = new ConsistencyComparison(published.publishedStates());
    try {
      index.ensureExists();
      scan(cluster.client(), comparison);
    } catch (IOException e) {
      throw new SearchUnavailableException(e);
    }
    return comparison;
  }

  private void scan(ElasticsearchClient es, ConsistencyComparison comparison) throws IOException {
    String pit =
        es.openPointInTime(p -> p.index(index.alias()).keepAlive(t -> t.time(KEEP_ALIVE))).id();
    try {
      List<FieldValue> after = null;
      while (true) {
        final String pitId = pit;
        final List<FieldValue> from = after;
        SearchResponse<IndexedState> page =
            es.search(
                s -> {
                  s.pit(p -> p.id(pitId).keepAlive(t -> t.time(KEEP_ALIVE)))
                      .size(PAGE)
                      .trackTotalHits(t -> t.enabled(false))
                      .source(src -> src.filter(f -> f.includes("version", "status")))
                      .sort(o -> o.field(f -> f.field("_shard_doc")));
                  if (from != null) {
                    s.searchAfter(from);
                  }
                  return s;
                },
                IndexedState.class);
        List<Hit<IndexedState>> hits = page.hits().hits();
        for (Hit<IndexedState> hit : hits) {
          IndexedState state = hit.source();
          comparison.indexed(
              hit.id(),
              state == null ? null : state.version(),
              state == null ? null : state.status());
        }
        if (page.pitId() != null) {
          pit = page.pitId();
        }
        if (hits.size() < PAGE) {
          return;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      final String pitId = pit;
      try {
        es.closePointInTime(c -> c.id(pitId));
      } catch (IOException | RuntimeException e) {
        LOG.fine(() -> "Closing a point in time failed: " + e);
      }
    }
  }

  /** The fields the scan reads of each document. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record IndexedState(Integer version, String status) {}
}
