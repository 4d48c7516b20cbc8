package io.kbplatform.search.semantic;

import static io.kbplatform.search.semantic.ReciprocalRankFusionTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HybridFusionTest {

  private final HybridFusion fusion = new HybridFusion(SemanticSettings.defaults());

  @Test
  void theBestKeywordMatchStaysFirstEvenWhenSemanticConsensusFavoursAnother() {
    // plain RRF would put "b" (2nd by keyword, 1st by meaning) above the exact keyword match "a"
    List<String> fused = ids(fusion.fuse(List.of("a", "b", "c"), List.of("b", "x", "a")));

    assertEquals(List.of("a", "b", "x", "c"), fused);
  }

  @Test
  void aPassageFoundOnlyByMeaningRisesAboveWeakKeywordMatches() {
    List<String> keyword = List.of("k1", "k2", "k3", "k4", "k5");

    List<String> fused = ids(fusion.fuse(keyword, List.of("answer")));

    assertEquals(List.of("k1", "answer", "k2", "k3", "k4", "k5"), fused);
  }

  @Test
  void withoutSemanticHitsTheKeywordOrderIsKept() {
    List<String> keyword = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "k" + i).toList();

    assertEquals(keyword, ids(fusion.fuse(keyword, List.of())));
  }

  @Test
  void withoutKeywordHitsTheSemanticOrderIsUsed() {
    assertEquals(List.of("s1", "s2"), ids(fusion.fuse(List.of(), List.of("s1", "s2"))));
  }

  @Test
  void keywordHitsBeyondTheFusionDepthFollowInKeywordOrder() {
    SemanticSettings shallow =
        new SemanticSettings(500, 40, 20, 100, 0.4f, 0.08f, 60, 1.0, 1.0, 2, 0);
    List<String> fused =
        ids(
            new HybridFusion(shallow)
                .fuse(List.of("k1", "k2", "k3", "k4"), List.of("s1", "s2", "s3")));

    assertEquals(List.of("k1", "s1", "k2", "s2", "k3", "k4"), fused);
  }

  @Test
  void noArticleFoundOnlyByMeaningOutranksAGoodKeywordMatch() {
    List<String> keyword = List.of("k1", "k2", "k3", "k4", "k5");

    List<String> fused =
        ids(fusion.fuse(keyword, List.of("answer", "other"), Set.of("k1", "k2", "k3")));

    assertEquals(List.of("k1", "k2", "k3", "answer", "other", "k4", "k5"), fused);
  }

  @Test
  void goodKeywordMatchesFoundByMeaningTooKeepTheirFusedOrder() {
    // "k3" is a good keyword match and the best by meaning: it may rise among the good matches
    List<String> fused =
        ids(
            fusion.fuse(
                List.of("k1", "k2", "k3", "k4"),
                List.of("k3", "answer"),
                Set.of("k1", "k2", "k3")));

    assertEquals(List.of("k1", "k3", "k2", "answer", "k4"), fused);
  }

  @Test
  void withOnlyTheBestKeywordHitGoodTheFusionIsUnchanged() {
    List<String> keyword = List.of("k1", "k2", "k3");

    assertEquals(
        ids(fusion.fuse(keyword, List.of("answer"))),
        ids(fusion.fuse(keyword, List.of("answer"), Set.of("k1"))));
  }

  @Test
  void aGoodKeywordMatchBelowAWeakOneStillStaysAboveMeaningOnlyHits() {
    List<String> fused =
        ids(fusion.fuse(List.of("k1", "weak", "k3"), List.of("answer"), Set.of("k1", "k3")));

    assertEquals(List.of("k1", "weak", "k3", "answer"), fused);
  }
}
