package io.kbplatform.app.search;

import io.kbplatform.search.query.SearchResults;
import java.util.List;

/** Search results as the API shows them. */
public record SearchView(long total, List<Hit> hits) {

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

  static SearchView of(SearchResults results) {
    return new SearchView(
        results.total(),
        results.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.id(), h.space(), h.title(), h.snippet(), h.needsReview(), h.archived()))
            .toList());
  }
}
