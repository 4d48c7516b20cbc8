package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.synonym.SynonymQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds published articles for a free-text query: best match (or newest) first, highlighted,
 * filtered and counted by facets, paged with {@code search_after}, trimmed to what the caller may
 * read in every part of the answer.
 */
@ApplicationScoped
public class ArticleSearch {

  public static final int MAX_LIMIT = 100;
  private static final List<String> SOURCE =
      List.of("id", "space", "category", "title", "tags", "updated_at", "status", "needs_review");

  private SearchCluster cluster;
  private ArticleIndex index;
  private SynonymQueries synonyms;

  protected ArticleSearch() {}

  @Inject
  public ArticleSearch(SearchCluster cluster, ArticleIndex index, SynonymQueries synonyms) {
    this.cluster = cluster;
    this.index = index;
    this.synonyms = synonyms;
  }

  /** Without synonyms (for use outside the container). */
  public ArticleSearch(SearchCluster cluster, ArticleIndex index) {
    this(cluster, index, SynonymQueries.none());
  }

  /** The first page of the best matches (kept for callers that need nothing more). */
  public SearchResults search(String text, int limit, ReadScope scope, boolean includeArchived) {
    return search(new SearchRequest(text, limit, null, null, null, includeArchived), scope);
  }

  /** Searches what the scope allows, as the request asks. */
  public SearchResults search(SearchRequest request, ReadScope scope) {
    return ClusterCalls.run(
        index,
        () -> {
          SearchResponse<ArticleDocument> response =
              cluster.client().search(elasticsearchRequest(request, scope), ArticleDocument.class);
          return results(request, scope, response);
        });
  }

  /**
   * The exact request this search sends to Elasticsearch (query, permission filters, facets,
   * highlighting, sort): for benchmarks that compare the API with Elasticsearch queried directly.
   */
  public co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(
      SearchRequest request, ReadScope scope) {
    Builder s = new Builder().index(index.alias());
    int size = Math.max(1, Math.min(request.limit(), MAX_LIMIT));
    boolean firstPage = request.after() == null;
    var selections = FacetFilters.selections(request.filters());
    List<Query> synonymAlternatives =
        synonyms.alternatives(request.text(), t -> KeywordQuery.match(t, KeywordQuery.FIELDS));
    s.query(
            query(
                request.text(),
                synonymAlternatives,
                ReadFilter.of(scope, request.includeArchived())))
        .size(size + 1) // one more tells whether there is a next page
        .trackTotalHits(t -> t.enabled(true))
        .source(src -> src.filter(f -> f.includes(SOURCE)))
        .highlight(Highlights.request())
        .sort(sort(request.sort()));
    if (!selections.isEmpty()) {
      s.postFilter(f -> f.bool(b -> b.filter(List.copyOf(selections.values()))));
    }
    if (request.sort() == SearchRequest.SortOrder.RECENCY) {
      s.trackScores(true);
    }
    if (firstPage) {
      s.aggregations(FacetFilters.aggregations(selections));
      if (DidYouMean.applies(request.text())) {
        s.suggest(DidYouMean.suggester(request.text()));
      }
    } else {
      s.searchAfter(SearchCursor.decode(request.after(), request.sort()));
    }
    return s.build();
  }

  /** The relevance query, within the filters, with the ranking signals applied. */
  static Query query(String text, List<Query> alternatives, List<Query> filters) {
    return RankingSignals.apply(
        Query.of(q -> q.bool(b -> b.must(KeywordQuery.of(text, alternatives)).filter(filters))));
  }

  private static List<SortOptions> sort(SearchRequest.SortOrder order) {
    SortOptions first =
        order == SearchRequest.SortOrder.RECENCY
            ? SortOptions.of(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc)))
            : SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
    return List.of(first, SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
  }

  private SearchResults results(
      SearchRequest request, ReadScope scope, SearchResponse<ArticleDocument> response)
      throws IOException {
    int size = Math.max(1, Math.min(request.limit(), MAX_LIMIT));
    List<Hit<ArticleDocument>> page = response.hits().hits();
    String next = null;
    if (page.size() > size) {
      page = page.subList(0, size);
      next = SearchCursor.encode(request.sort(), page.get(size - 1).sort());
    }
    List<SearchHit> hits = page.stream().map(ArticleSearch::toHit).toList();
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    Map<String, List<FacetCount>> facets =
        response.aggregations().isEmpty() ? Map.of() : FacetFilters.counts(response.aggregations());
    String didYouMean = null;
    if (total < DidYouMean.FEW && !response.suggest().isEmpty()) {
      didYouMean = verified(request, scope, total, response).orElse(null);
    }
    return new SearchResults(total, hits, facets, next, didYouMean);
  }

  /** A correction that finds at least as many articles the caller may read as the query did. */
  private Optional<String> verified(
      SearchRequest request, ReadScope scope, long total, SearchResponse<ArticleDocument> response)
      throws IOException {
    Optional<String> corrected = DidYouMean.corrected(request.text(), response.suggest());
    if (corrected.isEmpty() || corrected.get().equalsIgnoreCase(request.text())) {
      return Optional.empty();
    }
    List<Query> filters = new ArrayList<>(ReadFilter.of(scope, request.includeArchived()));
    filters.addAll(FacetFilters.selections(request.filters()).values());
    Query strict =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.must(KeywordQuery.match(corrected.get(), KeywordQuery.FIELDS))
                            .filter(filters)));
    long found = cluster.client().count(c -> c.index(index.alias()).query(strict)).count();
    return found > 0 && found >= total ? corrected : Optional.empty();
  }

  private static SearchHit toHit(Hit<ArticleDocument> hit) {
    ArticleDocument doc = hit.source();
    List<String> fragments = Highlights.fragments(hit);
    return new SearchHit(
        doc.id(),
        doc.space(),
        doc.category(),
        doc.title(),
        Highlights.title(hit),
        fragments.isEmpty() ? "" : fragments.get(0),
        fragments,
        doc.tags() == null ? List.of() : doc.tags(),
        doc.updatedAt() == null ? null : Instant.parse(doc.updatedAt()),
        hit.score() == null ? 0 : hit.score(),
        Boolean.TRUE.equals(doc.needsReview()),
        "ARCHIVED".equals(doc.status()),
        false);
  }
}
