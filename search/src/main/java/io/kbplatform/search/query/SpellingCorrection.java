package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks Elasticsearch for a "did you mean" correction that only uses words of articles the caller
 * may read: the suggester's candidates, then one {@code _msearch} counting each word among readable
 * articles, then a count of the corrected query (see {@link DidYouMean} for the rules).
 */
final class SpellingCorrection {

  private final SearchCluster cluster;
  private final ArticleIndex index;

  SpellingCorrection(SearchCluster cluster, ArticleIndex index) {
    this.cluster = cluster;
    this.index = index;
  }

  /**
   * A correction of the request's text when its query found few articles on the first page: asked
   * only then, so that most searches never pay for the suggester.
   */
  Optional<String> whenFewFound(SearchQuery request, SearchFilters filters, long total)
      throws IOException {
    if (total >= DidYouMean.FEW || request.after() != null || !DidYouMean.applies(request.text())) {
      return Optional.empty();
    }
    SearchResponse<Void> spelling =
        cluster
            .client()
            .search(
                s -> s.index(index.alias()).size(0).suggest(DidYouMean.suggester(request.text())),
                Void.class);
    return verified(request, filters, total, spelling);
  }

  /**
   * A correction built only from words that articles the caller may read contain (see {@link
   * DidYouMean}), which also finds at least as many readable articles as the query did.
   */
  private Optional<String> verified(
      SearchQuery request, SearchFilters filters, long total, SearchResponse<Void> response)
      throws IOException {
    List<DidYouMean.Word> words = DidYouMean.words(response.suggest());
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> readableDocs = readableDocs(DidYouMean.terms(words), filters.readable());
    Optional<String> corrected = DidYouMean.corrected(request.text(), words, readableDocs);
    if (corrected.isEmpty() || corrected.get().equalsIgnoreCase(request.text())) {
      return Optional.empty();
    }
    Query strict =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.must(KeywordQuery.match(corrected.get(), KeywordQuery.FIELDS))
                            .filter(filters.readableAndSelected())));
    long found = cluster.client().count(c -> c.index(index.alias()).query(strict)).count();
    return found > 0 && found >= total ? corrected : Optional.empty();
  }

  /** How many articles the caller may read hold each spelling term, in one round trip. */
  private Map<String, Long> readableDocs(Set<String> terms, List<Query> readable)
      throws IOException {
    List<String> ordered = List.copyOf(terms);
    List<RequestItem> counts = new ArrayList<>();
    for (String term : ordered) {
      Query query =
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.must(m -> m.term(t -> t.field("spell").value(term))).filter(readable)));
      counts.add(
          RequestItem.of(
              r ->
                  r.header(h -> h.index(index.alias()))
                      .body(b -> b.query(query).size(0).trackTotalHits(t -> t.enabled(true)))));
    }
    MsearchResponse<Void> response = cluster.client().msearch(m -> m.searches(counts), Void.class);
    Map<String, Long> docs = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      MultiSearchResponseItem<Void> item = response.responses().get(i);
      if (item.isResult() && item.result().hits().total() != null) {
        docs.put(ordered.get(i), item.result().hits().total().value());
      }
    }
    return docs;
  }
}
