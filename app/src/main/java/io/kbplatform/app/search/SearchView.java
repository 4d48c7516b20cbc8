package io.kbplatform.app.search;

import io.kbplatform.search.query.SearchResults;
import java.util.List;
import java.util.UUID;

/**
 * Search results as the API shows them; {@code searchId} names this search when reporting a click
 * on one of its hits ({@code POST /api/search/{searchId}/clicks}).
 */
public record SearchView(UUID searchId, long total, List<Hit> hits) {

  /**
   * One hit: the snippet is HTML-escaped except for {@code <mark>} tags around matches; {@code
   * needsReview} marks an article whose review date has passed, {@code archived} one shown only
   * because archived articles were asked for.
   */
  public record Hit(
      String id,
      String space,
      String title,
      String snippet,
      boolean needsReview,
      boolean archived) {}

  static SearchView of(UUID searchId, SearchResults results) {
    return new SearchView(
        searchId,
        results.total(),
        results.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.id(), h.space(), h.title(), h.snippet(), h.needsReview(), h.archived()))
            .toList());
  }
}
