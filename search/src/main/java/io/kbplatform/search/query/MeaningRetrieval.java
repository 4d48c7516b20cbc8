package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.SemanticQuery;
import io.kbplatform.search.semantic.SemanticSettings;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The semantic half of a search: whether the query's meaning counts, its vector, and the k nearest
 * passages' articles among those the caller may read and selected. It never fails a search: when
 * the model is not ready or the kNN request fails, the search answers with keywords only.
 */
final class MeaningRetrieval {

  private static final Logger LOG = Logger.getLogger(MeaningRetrieval.class.getName());

  private final ArticleIndex index;
  private final Embedder embedder;
  private final SemanticSettings settings;

  /**
   * @param embedder the model, or null for keywords only (outside the container)
   */
  MeaningRetrieval(ArticleIndex index, Embedder embedder, SemanticSettings settings) {
    this.index = index;
    this.embedder = embedder;
    this.settings = settings;
  }

  /**
   * The query's vector when meaning can count: first page by relevance, a query with meaning (see
   * {@link MeaningQueries}), model ready.
   */
  Optional<float[]> vectorFor(SearchQuery request) {
    if (embedder == null
        || request.after() != null
        || request.sort() != SearchQuery.SortOrder.RELEVANCE
        || !MeaningQueries.eligible(request.text())
        || !embedder.ready()) {
      return Optional.empty();
    }
    return embedder.embedQuery(request.text());
  }

  /** How many keyword hits a search with meaning fetches, so that fusion sees deep enough. */
  int keywordDepth(int pageFetch) {
    return Math.max(pageFetch, settings.depth());
  }

  /**
   * The kNN request: the k nearest passages' articles among those the filters admit, each with a
   * passage at least as similar as the calibrated floor for the request's script (see {@link
   * SemanticSettings#minSimilarityFor}; Elasticsearch drops the others in the kNN search itself).
   * It is sent with the keyword request, see {@link OneRoundTrip}.
   */
  SearchRequest request(SearchQuery request, float[] vector, SearchFilters filters) {
    Query knn =
        SemanticQuery.knn(
            vector,
            filters.readableAndSelected(),
            settings.k(),
            settings.numCandidates(),
            settings.minSimilarityFor(request.text()));
    return SearchRequest.of(
        s ->
            s.index(index.alias())
                .query(knn)
                .size(settings.k())
                .source(src -> src.filter(f -> f.includes(ArticleHits.SOURCE))));
  }

  /** What the kNN request found; empty, and the search answers with keywords only, if it failed. */
  Optional<SearchResponse<ArticleDocument>> answer(MultiSearchResponseItem<ArticleDocument> item) {
    if (item.isFailure()) {
      LOG.log(
          Level.WARNING,
          "Semantic retrieval failed; answering with keywords only: {0}",
          item.failure().error().reason());
      return Optional.empty();
    }
    return Optional.of(OneRoundTrip.asSearch(item));
  }
}
