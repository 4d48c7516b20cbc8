package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which correction "did you mean" offers, given how many readable articles hold each word. */
class DidYouMeanTest {

  private static final DidYouMean.Word PASWORD =
      new DidYouMean.Word(0, 7, "pasword", List.of("password", "passport"));

  @Test
  void theBestCandidateThatReadableArticlesHoldIsOffered() {
    assertEquals(
        Optional.of("password reset"),
        DidYouMean.corrected(
            "pasword reset", List.of(PASWORD), Map.of("password", 4L, "passport", 9L)));
  }

  @Test
  void aCandidateOnlyRestrictedArticlesHoldIsSkippedForAReadableOne() {
    // "password" is in the index, but in no article this caller may read
    assertEquals(
        Optional.of("passport reset"),
        DidYouMean.corrected("pasword reset", List.of(PASWORD), Map.of("passport", 1L)));
    assertEquals(
        Optional.empty(), DidYouMean.corrected("pasword reset", List.of(PASWORD), Map.of()));
  }

  @Test
  void aWordReadableArticlesUseAtLeastAsOftenIsKept() {
    assertEquals(
        Optional.empty(),
        DidYouMean.corrected("pasword", List.of(PASWORD), Map.of("pasword", 3L, "password", 3L)));
  }

  @Test
  void severalWordsAreCorrectedWithTheirOffsetsIntact() {
    DidYouMean.Word resett = new DidYouMean.Word(8, 6, "resett", List.of("reset"));
    assertEquals(
        Optional.of("password reset now"),
        DidYouMean.corrected(
            "pasword resett now", List.of(PASWORD, resett), Map.of("password", 2L, "reset", 5L)));
  }
}
