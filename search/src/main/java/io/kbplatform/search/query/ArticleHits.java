package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import java.time.Instant;
import java.util.List;

/**
 * Turns an indexed article found by a search into the hit the caller sees: the fields fetched from
 * the index ({@link #SOURCE}), the marked title and fragments of a keyword hit, or the best passage
 * of a hit found by meaning.
 */
final class ArticleHits {

  /** The stored fields a hit is made of; the body and the vectors are never fetched. */
  static final List<String> SOURCE =
      List.of("id", "space", "category", "title", "tags", "updated_at", "status", "needs_review");

  private ArticleHits() {}

  /** A keyword hit: its title marked when a word matched, its best fragments as snippet. */
  static SearchHit keyword(Hit<ArticleDocument> hit) {
    List<String> fragments = Highlights.fragments(hit);
    return of(
        hit, Highlights.title(hit), fragments.isEmpty() ? "" : fragments.get(0), fragments, false);
  }

  /** A hit found by meaning: its best passage (already escaped) as snippet, nothing marked. */
  static SearchHit meaning(Hit<ArticleDocument> hit, String passage) {
    return of(hit, null, passage, passage.isEmpty() ? List.of() : List.of(passage), true);
  }

  private static SearchHit of(
      Hit<ArticleDocument> hit,
      String highlightedTitle,
      String snippet,
      List<String> fragments,
      boolean semantic) {
    ArticleDocument doc = hit.source();
    return new SearchHit(
        doc.id(),
        doc.space(),
        doc.category(),
        doc.title(),
        highlightedTitle,
        snippet,
        fragments,
        doc.tags() == null ? List.of() : doc.tags(),
        doc.updatedAt() == null ? null : Instant.parse(doc.updatedAt()),
        hit.score() == null ? 0 : hit.score(),
        Boolean.TRUE.equals(doc.needsReview()),
        "ARCHIVED".equals(doc.status()),
        semantic);
  }
}
