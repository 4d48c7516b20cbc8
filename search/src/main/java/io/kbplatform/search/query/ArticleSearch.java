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
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.HybridFusion;
import io.kbplatform.search.semantic.ReciprocalRankFusion.Fused;
import io.kbplatform.search.semantic.SemanticQuery;
import io.kbplatform.search.semantic.SemanticSettings;
import io.kbplatform.search.synonym.SynonymQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds published articles for a free-text query: best match (or newest) first, highlighted,
 * filtered and counted by facets, paged with {@code search_after}, trimmed to what the caller may
 * read in every part of the answer.
 */
@ApplicationScoped
public class ArticleSearch {

  public static final int MAX_LIMIT = 100;
  private static final Logger LOG = Logger.getLogger(ArticleSearch.class.getName());
  private static final List<String> SOURCE =
      List.of("id", "space", "category", "title", "tags", "updated_at", "status", "needs_review");

  private SearchCluster cluster;
  private ArticleIndex index;
  private SynonymQueries synonyms;
  private Embedder embedder;
  private HybridFusion fusion;
  private SemanticSettings semantic;

  protected ArticleSearch() {}

  @Inject
  public ArticleSearch(
      SearchCluster cluster,
      ArticleIndex index,
      SynonymQueries synonyms,
      Embedder embedder,
      HybridFusion fusion,
      SemanticSettings semantic) {
    this.cluster = cluster;
    this.index = index;
    this.synonyms = synonyms;
    this.embedder = embedder;
    this.fusion = fusion;
    this.semantic = semantic;
  }

  /** Keywords only, without synonyms (for use outside the container). */
  public ArticleSearch(SearchCluster cluster, ArticleIndex index) {
    this(cluster, index, SynonymQueries.none(), null, null, null);
  }

  /** The first page of the best matches (kept for callers that need nothing more). */
  public SearchResults search(String text, int limit, ReadScope scope, boolean includeArchived) {
    return search(new SearchQuery(text, limit, null, null, null, includeArchived), scope);
  }

  /** Searches what the scope allows, as the request asks. */
  public SearchResults search(SearchQuery request, ReadScope scope) {
    return ClusterCalls.run(
        index,
        () -> {
          Optional<float[]> vector = queryVector(request);
          int fetch = size(request) + 1;
          if (vector.isPresent()) {
            fetch = Math.max(fetch, semantic.depth());
          }
          // Meaning first: an article refreshed into view in between is then a keyword hit too,
          // never one found "only by meaning".
          Optional<SearchResponse<ArticleDocument>> meaning =
              vector.flatMap(v -> semanticSearch(request, scope, v));
          SearchResponse<ArticleDocument> response =
              cluster.client().search(keywordRequest(request, scope, fetch), ArticleDocument.class);
          if (meaning.isPresent()) {
            return hybrid(request, scope, response, meaning.get());
          }
          return results(request, scope, response);
        });
  }

  /**
   * The query's vector when meaning can count: first page by relevance, a query with meaning (see
   * {@link MeaningQueries}), model ready.
   */
  private Optional<float[]> queryVector(SearchQuery request) {
    if (embedder == null
        || request.after() != null
        || request.sort() != SearchQuery.SortOrder.RELEVANCE
        || !MeaningQueries.eligible(request.text())
        || !embedder.ready()) {
      return Optional.empty();
    }
    return embedder.embedQuery(request.text());
  }

  /** The k nearest passages' articles among those the caller may read; empty if kNN fails. */
  private Optional<SearchResponse<ArticleDocument>> semanticSearch(
      SearchQuery request, ReadScope scope, float[] vector) {
    List<Query> filters = new ArrayList<>(ReadFilter.of(scope, request.includeArchived()));
    filters.addAll(FacetFilters.selections(request.filters()).values());
    Query knn =
        SemanticQuery.knn(
            vector, filters, semantic.k(), semantic.numCandidates(), semantic.minSimilarity());
    try {
      return Optional.of(
          cluster
              .client()
              .search(
                  s ->
                      s.index(index.alias())
                          .query(knn)
                          .size(semantic.k())
                          .source(src -> src.filter(f -> f.includes(SOURCE))),
                  ArticleDocument.class));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Semantic retrieval failed; answering with keywords only", e);
      return Optional.empty();
    }
  }

  private SearchResults hybrid(
      SearchQuery request,
      ReadScope scope,
      SearchResponse<ArticleDocument> keyword,
      SearchResponse<ArticleDocument> meaning)
      throws IOException {
    List<Hit<ArticleDocument>> keywordHits = keyword.hits().hits();
    Map<String, SearchHit> semanticHits = SemanticHits.of(meaning, semantic.relativeMargin());
    List<Fused> fused =
        fusion.fuse(keywordHits.stream().map(Hit::id).toList(), List.copyOf(semanticHits.keySet()));
    long keywordTotal = total(keyword);
    HybridPage.Page page =
        HybridPage.of(
            fused, keywordHits, ArticleSearch::toHit, semanticHits, size(request), keywordTotal);
    long total = keywordTotal + page.semanticOnly();
    return new SearchResults(
        total,
        page.hits(),
        facets(keyword),
        page.next(),
        didYouMean(request, scope, keywordTotal, keyword));
  }

  /**
   * The exact request this search sends to Elasticsearch (query, permission filters, facets,
   * highlighting, sort): for benchmarks that compare the API with Elasticsearch queried directly.
   */
  public co.elastic.clients.elasticsearch.core.SearchRequest elasticsearchRequest(
      SearchQuery request, ReadScope scope) {
    return keywordRequest(request, scope, size(request) + 1);
  }

  /** The keyword request, fetching {@code fetch} hits (one more than a page tells of a next). */
  private co.elastic.clients.elasticsearch.core.SearchRequest keywordRequest(
      SearchQuery request, ReadScope scope, int fetch) {
    Builder s = new Builder().index(index.alias());
    boolean firstPage = request.after() == null;
    SearchCursor.Position position =
        firstPage ? null : SearchCursor.decode(request.after(), request.sort());
    List<Query> filters = new ArrayList<>(ReadFilter.of(scope, request.includeArchived()));
    if (position != null && !position.exclude().isEmpty()) {
      filters.add(
          Query.of(q -> q.bool(b -> b.mustNot(m -> m.ids(i -> i.values(position.exclude()))))));
    }
    var selections = FacetFilters.selections(request.filters());
    List<Query> synonymAlternatives =
        synonyms.alternatives(request.text(), t -> KeywordQuery.match(t, KeywordQuery.FIELDS));
    s.query(query(request.text(), synonymAlternatives, filters))
        .size(fetch)
        .trackTotalHits(t -> t.enabled(true))
        .source(src -> src.filter(f -> f.includes(SOURCE)))
        .highlight(Highlights.request())
        .sort(sort(request.sort()));
    if (!selections.isEmpty()) {
      s.postFilter(f -> f.bool(b -> b.filter(List.copyOf(selections.values()))));
    }
    if (request.sort() == SearchQuery.SortOrder.RECENCY) {
      s.trackScores(true);
    }
    if (firstPage) {
      s.aggregations(FacetFilters.aggregations(selections));
    } else {
      s.searchAfter(position.after());
    }
    return s.build();
  }

  /** The relevance query, within the filters, with the ranking signals applied. */
  static Query query(String text, List<Query> alternatives, List<Query> filters) {
    return RankingSignals.apply(
        Query.of(q -> q.bool(b -> b.must(KeywordQuery.of(text, alternatives)).filter(filters))));
  }

  private static List<SortOptions> sort(SearchQuery.SortOrder order) {
    SortOptions first =
        order == SearchQuery.SortOrder.RECENCY
            ? SortOptions.of(o -> o.field(f -> f.field("updated_at").order(SortOrder.Desc)))
            : SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
    return List.of(first, SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
  }

  private SearchResults results(
      SearchQuery request, ReadScope scope, SearchResponse<ArticleDocument> response)
      throws IOException {
    int size = size(request);
    List<Hit<ArticleDocument>> page = response.hits().hits();
    String next = null;
    if (page.size() > size) {
      page = page.subList(0, size);
      next = SearchCursor.encode(request.sort(), page.get(size - 1).sort());
    }
    List<SearchHit> hits = page.stream().map(ArticleSearch::toHit).toList();
    long total = total(response);
    return new SearchResults(
        total, hits, facets(response), next, didYouMean(request, scope, total, response));
  }

  private static int size(SearchQuery request) {
    return Math.max(1, Math.min(request.limit(), MAX_LIMIT));
  }

  private static long total(SearchResponse<ArticleDocument> response) {
    return response.hits().total() == null
        ? response.hits().hits().size()
        : response.hits().total().value();
  }

  private static Map<String, List<FacetCount>> facets(SearchResponse<ArticleDocument> response) {
    return response.aggregations().isEmpty()
        ? Map.of()
        : FacetFilters.counts(response.aggregations());
  }

  private String didYouMean(
      SearchQuery request, ReadScope scope, long total, SearchResponse<ArticleDocument> response)
      throws IOException {
    if (total >= DidYouMean.FEW || request.after() != null || !DidYouMean.applies(request.text())) {
      return null;
    }
    // Asked only when a query found little: most searches never pay for the suggester.
    return new SpellingCorrection(cluster, index).correct(request, scope, total).orElse(null);
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
