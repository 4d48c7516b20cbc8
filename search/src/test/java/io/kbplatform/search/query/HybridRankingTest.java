package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HybridRankingTest {

  @Test
  void keywordHitsMatchingTheWordsAndScoringCloseToTheBestAreGoodMatches() {
    List<Hit<ArticleDocument>> hits =
        List.of(
            hit("a", 10.0, true), hit("b", 8.0, true), hit("c", 6.0, true), hit("d", 5.9, true));

    assertEquals(Set.of("a", "b", "c"), HybridRanking.goodMatches(hits, 0.6));
    assertEquals(Set.of("a"), HybridRanking.goodMatches(hits, 0.9));
  }

  @Test
  void aHitFoundOnlyThroughTyposOrThePartialMatchIsNoGoodMatch() {
    // "流量超额与限速说明" for "登不上去了": one shared character, however high it scores
    List<Hit<ArticleDocument>> hits =
        List.of(hit("lenient", 10.0, false), hit("words", 7.0, true), hit("fuzzy", 9.0, false));

    assertEquals(Set.of("words"), HybridRanking.goodMatches(hits, 0.6));
  }

  @Test
  void withoutKeywordHitsNoneIsGood() {
    assertEquals(Set.of(), HybridRanking.goodMatches(List.of(), 0.6));
  }

  private static Hit<ArticleDocument> hit(String id, double score, boolean allWords) {
    ArticleDocument document = ArticleHitsTest.document(id, "PUBLISHED", false, null);
    return Hit.of(
        h ->
            h.index("kb-test")
                .id(id)
                .score(score)
                .source(document)
                .matchedQueries(allWords ? List.of(KeywordQuery.ALL_WORDS) : List.of()));
  }
}
