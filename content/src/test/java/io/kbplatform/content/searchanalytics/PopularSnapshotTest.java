package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopularSnapshotTest {

  private final PopularSnapshot snapshot =
      new PopularSnapshot(List.of("退款流程", "退货", "refund policy", "退款 时效", "退", "reset"));

  @Test
  void matchesByPrefixMostPopularFirst() {
    assertEquals(List.of("退款流程", "退货", "退款 时效", "退"), snapshot.startingWith("退", 10));
    assertEquals(List.of("退款流程", "退款 时效"), snapshot.startingWith("退款", 10));
    assertEquals(List.of("refund policy", "reset"), snapshot.startingWith("re", 10));
  }

  @Test
  void limitsTheAnswer() {
    assertEquals(List.of("退款流程"), snapshot.startingWith("退", 1));
    assertEquals(List.of(), snapshot.startingWith("退", 0));
  }

  @Test
  void unknownPrefixesAndAnEmptySnapshotFindNothing() {
    assertEquals(List.of(), snapshot.startingWith("投诉", 5));
    assertEquals(List.of(), snapshot.startingWith("退款流程和", 5));
    assertEquals(List.of(), PopularSnapshot.EMPTY.startingWith("退", 5));
  }

  @Test
  void anEmptyPrefixGivesTheMostPopular() {
    assertEquals(List.of("退款流程", "退货"), snapshot.startingWith("", 2));
  }

  @Test
  void aLargeSnapshotAnswersQuickly() {
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      queries.add("query " + Integer.toString(i, 36));
    }
    PopularSnapshot large = new PopularSnapshot(queries);
    long started = System.nanoTime();
    for (int i = 0; i < 1_000; i++) {
      large.startingWith("query a", 8);
    }
    long perLookupMicros = (System.nanoTime() - started) / 1_000 / 1_000;
    assertEquals(List.of("query a", "query a0", "query a1"), large.startingWith("query a", 3));
    assertTrue(perLookupMicros < 1_000, perLookupMicros + " µs per look-up");
  }
}
