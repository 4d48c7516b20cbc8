package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.HybridFusion;
import io.kbplatform.search.semantic.SemanticSettings;
import io.kbplatform.search.synonym.SynonymQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Finds published articles for a free-text query: best match (or newest) first, highlighted,
 * filtered and counted by facets, paged with {@code search_after}, trimmed to what the caller may
 * read in every part of the answer. It puts the parts together: the filters ({@link
 * SearchFilters}), the kNN half ({@link MeaningRetrieval}), the keyword request ({@link
 * KeywordRequest}), both sent in one round trip ({@link OneRoundTrip}), the page ({@link
 * ResultPage}, {@link HybridRanking}) and "did you mean" ({@link SpellingCorrection}).
 */
@ApplicationScoped
public class ArticleSearch {

  public static final int MAX_LIMIT = 100;

  private ArticleIndex index;
  private KeywordRequest keywordRequest;
  private MeaningRetrieval meaning;
  private HybridRanking hybrid;
  private SpellingCorrection spelling;
  private OneRoundTrip roundTrip;

  protected ArticleSearch() {}

  @Inject
  public ArticleSearch(
      SearchCluster cluster,
      ArticleIndex index,
      SynonymQueries synonyms,
      Embedder embedder,
      HybridFusion fusion,
      SemanticSettings semantic) {
    this.index = index;
    this.keywordRequest = new KeywordRequest(index, synonyms);
    this.meaning = new MeaningRetrieval(index, embedder, semantic);
    this.hybrid = new HybridRanking(fusion, semantic);
    this.spelling = new SpellingCorrection(cluster, index);
    this.roundTrip = new OneRoundTrip(cluster);
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
          SearchFilters filters = SearchFilters.of(request, scope);
          Optional<float[]> vector = meaning.vectorFor(request);
          int fetch = request.pageSize() + 1;
          if (vector.isPresent()) {
            fetch = meaning.keywordDepth(fetch);
          }
          OneRoundTrip.Answers answers =
              roundTrip.send(
                  vector.map(v -> meaning.request(request, v, filters)),
                  keywordRequest.build(request, filters, fetch));
          Optional<SearchResponse<ArticleDocument>> nearest =
              answers.nearest().flatMap(meaning::answer);
          KeywordResponse keyword = answers.keyword();
          ResultPage page =
              nearest.isPresent()
                  ? hybrid.page(request, keyword, nearest.get())
                  : ResultPage.ofKeywordHits(request, keyword.hits());
          return new SearchResults(
              keyword.total() + page.foundOnlyByMeaning(),
              withPassages(page.hits(), request.text()),
              keyword.facets(),
              page.next(),
              spelling.whenFewFound(request, filters, keyword.total()).orElse(null));
        });
  }

  /** The hits with the passage of each that answers the query (see {@link Passages}). */
  private static List<SearchHit> withPassages(List<SearchHit> hits, String text) {
    QueryTerms terms = QueryTerms.of(text);
    return hits.stream().map(h -> h.withPassage(Passages.of(h.snippet(), terms))).toList();
  }

  /**
   * The exact request this search sends to Elasticsearch (query, permission filters, facets,
   * highlighting, sort): for benchmarks that compare the API with Elasticsearch queried directly.
   */
  public SearchRequest elasticsearchRequest(SearchQuery request, ReadScope scope) {
    return keywordRequest.build(request, SearchFilters.of(request, scope), request.pageSize() + 1);
  }

  /**
   * The kNN request a search with meaning sends along with its keyword request (see {@link
   * OneRoundTrip}), for a query vector given by the caller: for benchmarks.
   */
  public SearchRequest elasticsearchKnnRequest(
      SearchQuery request, ReadScope scope, float[] vector) {
    return meaning.request(request, vector, SearchFilters.of(request, scope));
  }
}
