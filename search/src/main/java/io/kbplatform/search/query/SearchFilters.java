package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.kbplatform.content.permission.ReadScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The filters of one search, built once per request from the caller's read scope and the facet
 * selections, and taken from here by every request the search sends: the keyword query (readable as
 * filter, selections as {@code post_filter} so that facets still count the other values), the kNN
 * query and the spelling checks (both readable and selected), autocomplete (readable only).
 */
final class SearchFilters {

  private final List<Query> readable;
  private final Map<Facet, Query> selections;

  private SearchFilters(List<Query> readable, Map<Facet, Query> selections) {
    this.readable = List.copyOf(readable);
    this.selections = selections;
  }

  /** The filters of a search request; unknown facets or values are a bad request. */
  static SearchFilters of(SearchQuery request, ReadScope scope) {
    return new SearchFilters(
        ReadFilter.of(scope, request.includeArchived()),
        FacetFilters.selections(request.filters()));
  }

  /** Published articles the caller may read, no facet selected (autocomplete). */
  static SearchFilters publishedReadableBy(ReadScope scope) {
    return new SearchFilters(ReadFilter.of(scope, false), Map.of());
  }

  /** What the caller may read: permissions and status (see {@link ReadFilter}). */
  List<Query> readable() {
    return readable;
  }

  /** What the caller may read, without the articles a previous page already showed. */
  List<Query> readableExcept(List<String> shown) {
    if (shown.isEmpty()) {
      return readable;
    }
    List<Query> filters = new ArrayList<>(readable);
    filters.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.ids(i -> i.values(shown))))));
    return filters;
  }

  /** The facet selections, by facet (for counting each facet under the others' selections). */
  Map<Facet, Query> selections() {
    return selections;
  }

  /** The facet selections alone. */
  List<Query> selected() {
    return List.copyOf(selections.values());
  }

  /** What the caller may read and selected: one list for requests without facet counts. */
  List<Query> readableAndSelected() {
    List<Query> filters = new ArrayList<>(readable);
    filters.addAll(selections.values());
    return filters;
  }
}
