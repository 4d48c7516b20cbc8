package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import java.util.List;
import java.util.Map;

/** What the keyword request answered: its hits, how many matched, the facet counts. */
record KeywordResponse(SearchResponse<ArticleDocument> response) {

  List<Hit<ArticleDocument>> hits() {
    return response.hits().hits();
  }

  /** How many articles matched (the hits fetched, if Elasticsearch did not count). */
  long total() {
    return response.hits().total() == null
        ? response.hits().hits().size()
        : response.hits().total().value();
  }

  /** The facet counts; none on later pages, which do not ask for them. */
  Map<String, List<FacetCount>> facets() {
    return response.aggregations().isEmpty()
        ? Map.of()
        : FacetFilters.counts(response.aggregations());
  }
}
