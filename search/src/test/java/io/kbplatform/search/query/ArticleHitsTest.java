package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a caller sees of an article a search found. */
class ArticleHitsTest {

  @Test
  void aKeywordHitShowsItsMarkedTitleAndBestMarkedFragment() {
    Hit<ArticleDocument> hit =
        hit(
            document("a1", "PUBLISHED", false, List.of("money")),
            2.5,
            Map.of(
                "title", List.of("<mark>Refund</mark> policy"),
                "body", List.of("nothing here", "the <mark>refund</mark> rules")));

    SearchHit shown = ArticleHits.keyword(hit);

    assertEquals("a1", shown.id());
    assertEquals("Refund policy", shown.title());
    assertEquals("<mark>Refund</mark> policy", shown.highlightedTitle());
    assertEquals("the <mark>refund</mark> rules", shown.snippet());
    assertEquals(List.of("the <mark>refund</mark> rules"), shown.fragments());
    assertEquals(List.of("money"), shown.tags());
    assertEquals(Instant.parse("2026-11-01T09:30:00Z"), shown.updatedAt());
    assertEquals(2.5, shown.score());
    assertFalse(shown.semantic());
  }

  @Test
  void aTitleWithoutAMatchingWordIsNotHighlighted() {
    Hit<ArticleDocument> hit =
        hit(
            document("a1", "PUBLISHED", false, null),
            null,
            Map.of("title", List.of("Refund policy"), "body", List.of("the start of the body")));

    SearchHit shown = ArticleHits.keyword(hit);

    assertNull(shown.highlightedTitle());
    assertEquals("the start of the body", shown.snippet());
    assertEquals(List.of(), shown.tags());
    assertEquals(0, shown.score());
  }

  @Test
  void anArchivedArticleThatNeedsReviewSaysSo() {
    SearchHit shown =
        ArticleHits.keyword(hit(document("a1", "ARCHIVED", true, null), 1.0, Map.of()));

    assertTrue(shown.archived());
    assertTrue(shown.needsReview());
    assertEquals("", shown.snippet());
  }

  @Test
  void aHitFoundByMeaningShowsItsPassageAndNoMarks() {
    Hit<ArticleDocument> hit = hit(document("m1", "PUBLISHED", false, null), 0.9, Map.of());

    SearchHit shown = ArticleHits.meaning(hit, "a passage &lt;found&gt;");

    assertTrue(shown.semantic());
    assertNull(shown.highlightedTitle());
    assertEquals("a passage &lt;found&gt;", shown.snippet());
    assertEquals(List.of("a passage &lt;found&gt;"), shown.fragments());
    assertEquals(List.of(), ArticleHits.meaning(hit, "").fragments());
  }

  static ArticleDocument document(
      String id, String status, boolean needsReview, List<String> tags) {
    return new ArticleDocument(
        id,
        "CS",
        "billing",
        null,
        1,
        "Refund policy",
        null,
        tags,
        null,
        status,
        needsReview,
        null,
        "2026-11-01T09:30:00Z",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Hit<ArticleDocument> hit(
      ArticleDocument document, Double score, Map<String, List<String>> highlight) {
    return Hit.of(
        h ->
            h.index("kb-test")
                .id(document.id())
                .score(score)
                .source(document)
                .highlight(highlight));
  }
}
