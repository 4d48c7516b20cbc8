package io.kbplatform.content.synonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.StaleVersionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules authors meet when they write a synonym set. */
class SynonymSetTest {

  private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

  @Test
  void termsAreTrimmedAndDuplicatesDifferingInCaseOrWidthDropped() {
    SynonymSet set =
        new SynonymSet(null, List.of(" 退款 ", "退费", "Refund", "refund", "ＲＥＦＵＮＤ"), "amy", NOW);

    assertEquals(List.of("退款", "退费", "Refund"), set.terms());
    assertEquals("amy", set.updatedBy());
    assertEquals(true, set.isGlobal());
  }

  @Test
  void aSetNeedsTwoDifferentTerms() {
    assertThrows(InvalidRequestException.class, () -> SynonymTerms.checked(List.of("退款")));
    assertThrows(InvalidRequestException.class, () -> SynonymTerms.checked(List.of("VIP", "vip")));
    assertThrows(InvalidRequestException.class, () -> SynonymTerms.checked(null));
  }

  @Test
  void emptyOverlongAndMultiLineTermsAreRefused() {
    assertThrows(InvalidRequestException.class, () -> SynonymTerms.checked(List.of("退款", " ")));
    assertThrows(
        InvalidRequestException.class, () -> SynonymTerms.checked(Arrays.asList("退款", null)));
    assertThrows(
        InvalidRequestException.class, () -> SynonymTerms.checked(List.of("退款", "x".repeat(51))));
    assertEquals(2, SynonymTerms.checked(List.of("退款", "x".repeat(50))).size());
    assertThrows(
        InvalidRequestException.class, () -> SynonymTerms.checked(List.of("退款", "a\u0000b")));
  }

  @Test
  void innerWhitespaceCollapsesSoLinesStayTerms() {
    assertEquals(
        List.of("credit card", "信用卡"), SynonymTerms.checked(List.of("credit \n\t card", "信用卡")));
  }

  @Test
  void atMostTwentyTerms() {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      terms.add("t" + i);
    }
    assertThrows(InvalidRequestException.class, () -> SynonymTerms.checked(terms));
    assertEquals(20, SynonymTerms.checked(terms.subList(0, 20)).size());
  }

  @Test
  void aChangeToAnOlderVersionIsStale() {
    SynonymSet set = new SynonymSet("CS", List.of("改签", "rebooking"), "amy", NOW);

    assertThrows(
        StaleVersionException.class,
        () -> set.change(List.of("改签", "改期"), 7, "ben", NOW.plusSeconds(60)));
    set.change(List.of("改签", "改期"), set.version(), "ben", NOW.plusSeconds(60));

    assertEquals(List.of("改签", "改期"), set.terms());
    assertEquals("ben", set.updatedBy());
    assertEquals(NOW.plusSeconds(60), set.updatedAt());
    assertEquals("CS", set.spaceKey().orElseThrow());
  }
}
