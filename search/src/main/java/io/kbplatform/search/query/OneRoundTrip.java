package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the requests of one search to Elasticsearch in one round trip: the kNN request and the
 * keyword request together in one {@code _msearch}, the keyword request alone when meaning does not
 * count. Elasticsearch runs the two one after the other, kNN first ({@code
 * max_concurrent_searches=1}): an article refreshed into view in between is then a keyword hit too,
 * never one found "only by meaning".
 */
final class OneRoundTrip {

  /** What the two requests answered. */
  record Answers(
      Optional<MultiSearchResponseItem<ArticleDocument>> nearest, KeywordResponse keyword) {}

  private final SearchCluster cluster;

  OneRoundTrip(SearchCluster cluster) {
    this.cluster = cluster;
  }

  /**
   * Sends the keyword request, with the kNN request before it if there is one. The kNN answer is
   * passed on as it came, failed or not (a failed kNN request never fails the search); a failed
   * keyword request throws as if it had been sent alone.
   */
  Answers send(Optional<SearchRequest> knn, SearchRequest keyword) throws IOException {
    if (knn.isEmpty()) {
      return new Answers(
          Optional.empty(),
          new KeywordResponse(cluster.client().search(keyword, ArticleDocument.class)));
    }
    JsonpMapper mapper = cluster.client()._jsonpMapper();
    List<RequestItem> items = new ArrayList<>(2);
    items.add(item(knn.get(), mapper));
    items.add(item(keyword, mapper));
    MsearchResponse<ArticleDocument> response =
        cluster
            .client()
            .msearch(m -> m.searches(items).maxConcurrentSearches(1L), ArticleDocument.class);
    MultiSearchResponseItem<ArticleDocument> keywordItem = response.responses().get(1);
    if (keywordItem.isFailure()) {
      throw new ElasticsearchException("msearch", keywordItem.failure());
    }
    return new Answers(
        Optional.of(response.responses().get(0)), new KeywordResponse(asSearch(keywordItem)));
  }

  /** One search of a {@code _msearch}: the request's index as header, its body as body. */
  static RequestItem item(SearchRequest request, JsonpMapper mapper) {
    String body = JsonpUtils.toJsonString(request, mapper);
    return RequestItem.of(
        r -> r.header(h -> h.index(request.index())).body(b -> b.withJson(new StringReader(body))));
  }

  /** The answer of one search of a {@code _msearch} as the answer of a search sent alone. */
  static SearchResponse<ArticleDocument> asSearch(MultiSearchResponseItem<ArticleDocument> item) {
    MultiSearchItem<ArticleDocument> result = item.result();
    return new SearchResponse.Builder<ArticleDocument>()
        .took(result.took())
        .timedOut(result.timedOut())
        .shards(result.shards())
        .hits(result.hits())
        .aggregations(result.aggregations())
        .build();
  }
}
