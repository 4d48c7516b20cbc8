package io.kbplatform.search.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelevanceMetricsTest {

  private static final double EPS = 1e-4;

  @Test
  void theAnswerSecondAndAUsefulArticleFourth() {
    // DCG = (2^2-1)/log2(3) + (2^1-1)/log2(5) = 1.89279 + 0.43068 = 2.32347
    // IDCG = 3/log2(2) + 1/log2(3) = 3 + 0.63093 = 3.63093
    QueryScores s = RelevanceMetrics.score(List.of(0, 2, 0, 1, 0), List.of(2, 1));

    assertEquals(2, s.firstRelevantRank());
    assertEquals(0.5, s.reciprocalRank(), EPS);
    assertEquals(0.0, s.recallAt1(), EPS);
    assertEquals(0.5, s.recallAt3(), EPS);
    assertEquals(1.0, s.recallAt5(), EPS);
    assertEquals(1.0, s.recallAt10(), EPS);
    assertEquals(2.32347 / 3.63093, s.ndcgAt10(), EPS);
    assertEquals(0.63991, s.ndcgAt10(), EPS);
  }

  @Test
  void theIdealOrderScoresOne() {
    QueryScores s = RelevanceMetrics.score(List.of(2, 1, 0), List.of(1, 2));

    assertEquals(1, s.firstRelevantRank());
    assertEquals(1.0, s.reciprocalRank(), EPS);
    assertEquals(1.0, s.recallAt1(), EPS, "capped: only one article fits in the first place");
    assertEquals(1.0, s.recallAt3(), EPS);
    assertEquals(1.0, s.ndcgAt10(), EPS);
  }

  @Test
  void aUsefulArticleAboveTheAnswerCostsGain() {
    // DCG = 1/1 + 3/log2(3) = 2.89279; IDCG = 3.63093
    QueryScores s = RelevanceMetrics.score(List.of(1, 2), List.of(2, 1));

    assertEquals(1.0, s.reciprocalRank(), EPS, "any relevant article counts for the rank");
    assertEquals(0.79671, s.ndcgAt10(), EPS);
  }

  @Test
  void nothingRelevantFoundScoresZero() {
    QueryScores s = RelevanceMetrics.score(List.of(0, 0, 0), List.of(2));

    assertNull(s.firstRelevantRank());
    assertEquals(0.0, s.reciprocalRank(), EPS);
    assertEquals(0.0, s.recallAt10(), EPS);
    assertEquals(0.0, s.ndcgAt10(), EPS);
  }

  @Test
  void noHitsAtAllScoresZero() {
    QueryScores s = RelevanceMetrics.score(List.of(), List.of(2, 1));

    assertNull(s.firstRelevantRank());
    assertEquals(0.0, s.ndcgAt10(), EPS);
  }

  @Test
  void onlyTheFirstTenHitsCount() {
    List<Integer> hits = new ArrayList<>(Collections.nCopies(10, 0));
    hits.add(2);

    QueryScores s = RelevanceMetrics.score(hits, List.of(2));

    assertNull(s.firstRelevantRank());
    assertEquals(0.0, s.recallAt10(), EPS);
    assertEquals(0.0, s.ndcgAt10(), EPS);
  }

  @Test
  void moreRelevantArticlesThanTheDepthCapRecallButNotNdcg() {
    QueryScores s = RelevanceMetrics.score(Collections.nCopies(10, 1), Collections.nCopies(12, 1));

    assertEquals(1.0, s.recallAt10(), EPS, "capped at the ten that fit");
    assertEquals(1.0, s.recallAt3(), EPS);
    assertEquals(1.0, s.recallAt1(), EPS);
    assertEquals(1.0, s.ndcgAt10(), EPS, "the ideal ranking is cut at ten too");
  }

  @Test
  void recallIsCappedAtTheArticlesThatFitInTheFirstK() {
    // three relevant articles: at 1 one fits, at 3 all three
    QueryScores s = RelevanceMetrics.score(List.of(1, 0, 2, 0, 1), List.of(2, 1, 1));

    assertEquals(1.0, s.recallAt1(), EPS);
    assertEquals(2.0 / 3, s.recallAt3(), EPS);
    assertEquals(1.0, s.recallAt5(), EPS);
    assertEquals(1.0, s.recallAt10(), EPS);
    QueryScores missedFirst = RelevanceMetrics.score(List.of(0, 2, 1, 1), List.of(2, 1, 1));
    assertEquals(0.0, missedFirst.recallAt1(), EPS);
    assertEquals(2.0 / 3, missedFirst.recallAt3(), EPS);
  }

  @Test
  void theAnswerTenthStillCounts() {
    List<Integer> hits = new ArrayList<>(Collections.nCopies(9, 0));
    hits.add(2);

    QueryScores s = RelevanceMetrics.score(hits, List.of(2));

    assertEquals(10, s.firstRelevantRank());
    assertEquals(0.1, s.reciprocalRank(), EPS);
    assertEquals(0.0, s.recallAt5(), EPS);
    assertEquals(1.0, s.recallAt10(), EPS);
    // 3/log2(11) / 3 = 1/3.45943
    assertEquals(0.28906, s.ndcgAt10(), EPS);
  }

  @Test
  void aQueryWithoutRelevantArticlesCannotBeScored() {
    assertThrows(
        IllegalArgumentException.class, () -> RelevanceMetrics.score(List.of(1), List.of(0)));
  }

  @Test
  void meansAreTakenOverAllQueries() {
    QueryScores first = RelevanceMetrics.score(List.of(2), List.of(2));
    QueryScores second = RelevanceMetrics.score(List.of(0, 0, 2), List.of(2, 1));
    QueryScores third = RelevanceMetrics.score(List.of(0), List.of(2));

    MeanScores mean = MeanScores.of(List.of(first, second, third));

    assertEquals(3, mean.queries());
    assertEquals((1 + 1.0 / 3 + 0) / 3, mean.mrr(), EPS);
    assertEquals((1 + 0.5 + 0) / 3, mean.recallAt3(), EPS);
    assertEquals((1 + 0 + 0) / 3.0, mean.recallAt1(), EPS);
    assertEquals(1, mean.relevantFirst());
    assertEquals(1, mean.noneFound());
    // second: DCG = 3/log2(4) = 1.5; IDCG = 3 + 1/log2(3) = 3.63093
    assertEquals((1 + 1.5 / 3.63093 + 0) / 3, mean.ndcgAt10(), EPS);
  }

  @Test
  void theMeanOfNothingIsZero() {
    MeanScores mean = MeanScores.of(List.of());

    assertEquals(0, mean.queries());
    assertEquals(0.0, mean.mrr(), EPS);
  }
}
