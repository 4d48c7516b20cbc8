package io.kbplatform.content.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  private static final Instant T = Instant.parse("2026-11-01T08:00:00Z");

  private static Cursor position(String row) {
    return new Cursor(T, row);
  }

  @Test
  void rowsBeyondTheLimitAreCutAndTheNextPageStartsAfterTheLastShown() {
    PageRequest request = PageRequest.first(2);

    Page<String> page = Page.of(List.of("a", "b", "c"), request, PageTest::position);

    assertEquals(3, request.fetchSize());
    assertEquals(List.of("a", "b"), page.items());
    assertEquals(position("b"), page.nextCursor().orElseThrow());
  }

  @Test
  void aPageThatHoldsEveryRowReadIsTheLast() {
    Page<String> full = Page.of(List.of("a", "b"), PageRequest.first(2), PageTest::position);
    Page<String> empty = Page.of(List.of(), PageRequest.first(2), PageTest::position);

    assertEquals(List.of("a", "b"), full.items());
    assertTrue(full.nextCursor().isEmpty());
    assertTrue(empty.items().isEmpty());
    assertTrue(empty.nextCursor().isEmpty());
  }

  @Test
  void convertingThePageKeepsWhereTheNextOneStarts() {
    Page<String> page = Page.of(List.of("a", "b", "c"), PageRequest.first(2), PageTest::position);

    assertEquals(List.of("A", "B"), page.map(String::toUpperCase).items());
    assertEquals(position("b"), page.map(String::toUpperCase).next());
    assertEquals(List.of(2), page.mapAll(rows -> List.of(rows.size())).items());
    assertEquals(position("b"), page.mapAll(rows -> List.of(rows.size())).next());
  }

  @Test
  void aPageHoldsAtLeastOneRow() {
    assertThrows(IllegalArgumentException.class, () -> PageRequest.first(0));
    assertThrows(IllegalArgumentException.class, () -> new PageRequest(position("a"), -1));
    assertEquals(1, PageRequest.first(1).limit());
  }

  @Test
  void theQueryStartsAfterTheCursorOnlyWhenThereIsOne() {
    Keyset keyset = Keyset.newestFirst("f.createdAt", "f.id");

    assertEquals("", keyset.after(PageRequest.first(10)));
    assertEquals(
        " AND (f.createdAt < :afterTime OR (f.createdAt = :afterTime AND f.id > :afterId))",
        keyset.after(new PageRequest(position("x"), 10)));
    assertEquals(" ORDER BY f.createdAt DESC, f.id", keyset.orderBy());
    assertEquals("x", Keyset.parameters(position("x")).get("afterId"));
  }
}
