package io.kbplatform.app.search;

import io.kbplatform.search.query.FacetCount;
import io.kbplatform.search.query.SearchResults;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Search results as the API shows them: the total, one page of hits, facet counts (first page
 * only), the address of the next page and a "did you mean" correction when the query found little.
 * {@code searchId} names this search for {@code POST /api/search/{searchId}/clicks}.
 */
public record SearchView(
    UUID searchId,
    long total,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String next,
    String didYouMean) {

  /**
   * One hit: {@code snippet} and {@code fragments} (best first) and {@code highlightedTitle} are
   * HTML-escaped except for {@code <mark>} tags around matches; {@code needsReview} marks an
   * article whose review date has passed, {@code archived} one shown only because archived articles
   * were asked for, {@code semantic} one found by meaning rather than by shared words. {@code
   * passage} is the sentence or few that best answer the query (whole sentences, never a heading
   * alone), escaped and marked the same way; a hit found by meaning may have no mark in it.
   */
  public record Hit(
      String id,
      String space,
      String category,
      String title,
      String highlightedTitle,
      String snippet,
      List<String> fragments,
      List<String> tags,
      Instant updatedAt,
      boolean needsReview,
      boolean archived,
      boolean semantic,
      String passage) {}

  static SearchView of(UUID searchId, SearchResults results, String next) {
    return new SearchView(
        searchId,
        results.total(),
        results.hits().stream()
            .map(
                h ->
                    new Hit(
                        h.id(),
                        h.space(),
                        h.category(),
                        h.title(),
                        h.highlightedTitle(),
                        h.snippet(),
                        h.fragments(),
                        h.tags(),
                        h.updatedAt(),
                        h.needsReview(),
                        h.archived(),
                        h.semantic(),
                        h.passage()))
            .toList(),
        results.facets(),
        next,
        results.didYouMean());
  }
}
