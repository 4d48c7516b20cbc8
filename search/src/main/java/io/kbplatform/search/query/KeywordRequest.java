package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.synonym.SynonymQueries;
import java.util.List;

/**
 * The keyword request of a search: the relevance query with its synonyms and ranking signals within
 * what the caller may read, the facet selections as {@code post_filter} with the facet counts
 * (first page), highlighting, the sort and the {@code search_after} position of later pages.
 */
final class KeywordRequest {

  private final ArticleIndex index;
  private final SynonymQueries synonyms;

  KeywordRequest(ArticleIndex index, SynonymQueries synonyms) {
    this.index = index;
    this.synonyms = synonyms;
  }

  /** The request, fetching {@code fetch} hits (one more than a page tells of a next). */
  SearchRequest build(SearchQuery request, SearchFilters filters, int fetch) {
    SearchRequest.Builder s = new SearchRequest.Builder().index(index.alias());
    boolean firstPage = request.after() == null;
    SearchCursor.Position position =
        firstPage ? null : SearchCursor.decode(request.after(), request.sort());
    List<Query> readable =
        position == null ? filters.readable() : filters.readableExcept(position.exclude());
    List<Query> synonymAlternatives =
        synonyms.alternatives(request.text(), t -> KeywordQuery.match(t, KeywordQuery.FIELDS));
    s.query(query(request.text(), synonymAlternatives, readable))
        .size(fetch)
        .trackTotalHits(t -> t.enabled(true))
        .source(src -> src.filter(f -> f.includes(ArticleHits.SOURCE)))
        .highlight(
            Highlights.request(
                request.text(),
                synonyms.alternatives(
                    QuestionWords.strip(request.text()), Highlights::highlightMatch)))
        .sort(sort(request.sort()));
    if (!filters.selections().isEmpty()) {
      s.postFilter(f -> f.bool(b -> b.filter(filters.selected())));
    }
    if (request.sort() == SearchQuery.SortOrder.RECENCY) {
      s.trackScores(true);
    }
    if (firstPage) {
      s.aggregations(FacetFilters.aggregations(filters.selections()));
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
}
