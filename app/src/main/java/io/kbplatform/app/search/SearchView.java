package io.kbplatform.app.search;

import io.kbplatform.search.query.SearchResults;
import java.util.List;

/** Search results as the API shows them. */
public record SearchView(long total, List<Hit> hits) {

  /** One hit: the snippet is HTML-escaped except for {@code <mark>} tags around matches. */
  public record Hit(String id, String space, String title, String snippet) {}

  static SearchView of(SearchResults results) {
    return new SearchView(
        results.total(),
        results.hits().stream()
            .map(h -> new Hit(h.id(), h.space(), h.title(), h.snippet()))
            .toList());
  }
}
