package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Autocomplete: titles with every word typed so far (the last one as a prefix) and popular queries
 * that start with it, both trimmed to what the caller may read: a popular query is only offered
 * after a count under the caller's permissions shows it finds something.
 */
@ApplicationScoped
public class ArticleSuggestions {

  public static final int MAX_LIMIT = 20;

  private SearchCluster cluster;
  private ArticleIndex index;

  protected ArticleSuggestions() {}

  @Inject
  public ArticleSuggestions(SearchCluster cluster, ArticleIndex index) {
    this.cluster = cluster;
    this.index = index;
  }

  /**
   * Suggestions for a prefix.
   *
   * @param candidates popular queries starting with the prefix, most popular first (unchecked)
   */
  public Suggestions suggest(String prefix, int limit, ReadScope scope, List<String> candidates) {
    int size = Math.max(1, Math.min(limit, MAX_LIMIT));
    List<Query> filters = SearchFilters.publishedReadableBy(scope).readable();
    return ClusterCalls.run(index, () -> suggest(prefix, size, filters, candidates));
  }

  /**
   * Of the candidate queries (most popular first), at most {@code limit} that find an article the
   * caller may read.
   */
  public List<String> readableQueries(List<String> candidates, int limit, ReadScope scope) {
    List<Query> filters = SearchFilters.publishedReadableBy(scope).readable();
    return ClusterCalls.run(index, () -> visible(candidates, filters, Math.max(1, limit)));
  }

  private Suggestions suggest(String prefix, int size, List<Query> filters, List<String> candidates)
      throws IOException {
    SearchResponse<ArticleDocument> response =
        cluster
            .client()
            .search(
                s ->
                    s.index(index.alias())
                        .query(
                            q ->
                                q.bool(
                                    b ->
                                        b.must(
                                                m ->
                                                    m.multiMatch(
                                                        mm ->
                                                            mm.query(prefix)
                                                                .type(TextQueryType.BoolPrefix)
                                                                .operator(Operator.And)
                                                                .fields(
                                                                    "title^2",
                                                                    "title.words",
                                                                    "tags.text")))
                                            .filter(filters)))
                        .size(size)
                        .source(src -> src.filter(f -> f.includes("id", "space", "title")))
                        .highlight(
                            h ->
                                h.encoder(HighlighterEncoder.Html)
                                    .preTags("<mark>")
                                    .postTags("</mark>")
                                    .fields("title", f -> f.numberOfFragments(0))),
                ArticleDocument.class);
    List<Suggestions.Title> titles = response.hits().hits().stream().map(this::title).toList();
    return new Suggestions(titles, visible(candidates, filters, size));
  }

  /** The candidates that find at least one article the caller may read, in one round trip. */
  private List<String> visible(List<String> candidates, List<Query> filters, int limit)
      throws IOException {
    List<String> checked = candidates.stream().limit(limit).toList();
    if (checked.isEmpty()) {
      return List.of();
    }
    List<RequestItem> searches = new ArrayList<>();
    for (String candidate : checked) {
      Query query =
          Query.of(
              q ->
                  q.bool(
                      b ->
                          b.must(KeywordQuery.match(candidate, KeywordQuery.FIELDS))
                              .filter(filters)));
      searches.add(
          RequestItem.of(
              r ->
                  r.header(h -> h.index(index.alias()))
                      .body(b -> b.query(query).size(0).terminateAfter(1L))));
    }
    MsearchResponse<Void> response =
        cluster.client().msearch(m -> m.searches(searches), Void.class);
    List<String> visible = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      MultiSearchResponseItem<Void> item = response.responses().get(i);
      if (item.isResult()
          && item.result().hits().total() != null
          && item.result().hits().total().value() > 0) {
        visible.add(checked.get(i));
      }
    }
    return visible;
  }

  private Suggestions.Title title(Hit<ArticleDocument> hit) {
    ArticleDocument doc = hit.source();
    List<String> marked = hit.highlight().getOrDefault("title", List.of());
    return new Suggestions.Title(
        doc.id(), doc.space(), doc.title(), marked.isEmpty() ? null : marked.get(0));
  }
}
