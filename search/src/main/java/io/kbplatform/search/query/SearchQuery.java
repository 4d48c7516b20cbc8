package io.kbplatform.search.query;

import java.util.List;
import java.util.Map;

/**
 * What a caller asks of search: the text, how many hits, which facet values to keep, the order, the
 * page cursor of a previous answer and whether archived articles count.
 *
 * @param filters facet name (see {@link Facet}) to the values to keep; values of one facet are
 *     alternatives, different facets must all match
 * @param after the {@code next} cursor of the previous page, or null for the first page
 */
public record SearchQuery(
    String text,
    int limit,
    Map<String, List<String>> filters,
    SortOrder sort,
    String after,
    boolean includeArchived) {

  public SearchQuery {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** The first page of the best matches for a text, nothing filtered. */
  public static SearchQuery of(String text, int limit) {
    return new SearchQuery(text, limit, Map.of(), SortOrder.RELEVANCE, null, false);
  }

  /** The hits of one page: the limit asked for, within 1 and {@link ArticleSearch#MAX_LIMIT}. */
  int pageSize() {
    return Math.max(1, Math.min(limit, ArticleSearch.MAX_LIMIT));
  }

  /** How hits are ordered. */
  public enum SortOrder {
    /** Best match first (ranking signals included). */
    RELEVANCE,
    /** Most recently updated first. */
    RECENCY
  }
}
