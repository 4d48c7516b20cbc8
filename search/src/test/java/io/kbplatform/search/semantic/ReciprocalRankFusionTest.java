package io.kbplatform.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kbplatform.search.semantic.ReciprocalRankFusion.Fused;
import io.kbplatform.search.semantic.ReciprocalRankFusion.Ranking;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

  @Test
  void anIdInBothListsBeatsIdsInOne() {
    List<Fused> fused =
        ReciprocalRankFusion.fuse(
            60, Ranking.of(List.of("a", "b", "c"), 1), Ranking.of(List.of("c", "d"), 1));

    // b and d tie (both 2nd in their list): b was seen first
    assertEquals(List.of("c", "a", "b", "d"), ids(fused));
    assertEquals(1.0 / 63 + 1.0 / 61, fused.get(0).score(), 1e-12);
  }

  @Test
  void tiesKeepTheOrderInWhichIdsWereFirstSeen() {
    List<Fused> fused =
        ReciprocalRankFusion.fuse(
            60, Ranking.of(List.of("k1", "k2"), 1), Ranking.of(List.of("s1", "s2"), 1));

    assertEquals(List.of("k1", "s1", "k2", "s2"), ids(fused));
  }

  @Test
  void weightsFavourOneList() {
    List<Fused> fused =
        ReciprocalRankFusion.fuse(
            60, Ranking.of(List.of("k1", "k2"), 2), Ranking.of(List.of("s1", "s2"), 1));

    assertEquals(List.of("k1", "k2", "s1", "s2"), ids(fused));
  }

  @Test
  void onlyTheDepthOfEachListTakesPartAndDuplicatesCountOnce() {
    List<Fused> fused =
        ReciprocalRankFusion.fuse(
            1, new Ranking(List.of("a", "a", "b", "c"), 1, 3), new Ranking(List.of("c"), 1, 0));

    assertEquals(List.of("a", "b"), ids(fused));
    assertEquals(0.5, fused.get(0).score(), 1e-12);
  }

  @Test
  void emptyListsFuseToNothing() {
    assertEquals(List.of(), ReciprocalRankFusion.fuse(60, Ranking.of(List.of(), 1)));
  }

  static List<String> ids(List<Fused> fused) {
    return fused.stream().map(Fused::id).toList();
  }
}
