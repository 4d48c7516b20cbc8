package io.kbplatform.search.query;

import java.time.Instant;
import java.util.List;

/**
 * One matching article. {@code snippet} is the best highlighted passage, {@code fragments} all the
 * good ones (best first), {@code highlightedTitle} the title with its matching words marked (null
 * when none matched): HTML-escaped except for {@code <mark>} tags. {@code semantic} says the hit
 * was found by meaning rather than by its words. {@code passage} is the sentence or few of the
 * article that best answer the query (see {@link Passages}), marked and escaped the same way; it
 * may have no mark when the hit was found by meaning.
 */
public record SearchHit(
    String id,
    String space,
    String category,
    String title,
    String highlightedTitle,
    String snippet,
    List<String> fragments,
    List<String> tags,
    Instant updatedAt,
    double score,
    boolean needsReview,
    boolean archived,
    boolean semantic,
    String passage) {

  /** A hit whose passage is not chosen yet. */
  public SearchHit(
      String id,
      String space,
      String category,
      String title,
      String highlightedTitle,
      String snippet,
      List<String> fragments,
      List<String> tags,
      Instant updatedAt,
      double score,
      boolean needsReview,
      boolean archived,
      boolean semantic) {
    this(
        id,
        space,
        category,
        title,
        highlightedTitle,
        snippet,
        fragments,
        tags,
        updatedAt,
        score,
        needsReview,
        archived,
        semantic,
        "");
  }

  /** The same hit with its passage. */
  public SearchHit withPassage(String passage) {
    return new SearchHit(
        id,
        space,
        category,
        title,
        highlightedTitle,
        snippet,
        fragments,
        tags,
        updatedAt,
        score,
        needsReview,
        archived,
        semantic,
        passage);
  }
}
