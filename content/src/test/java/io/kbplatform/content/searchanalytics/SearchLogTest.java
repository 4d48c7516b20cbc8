package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The queue and click rules, with the database replaced by a list (no executor: no timer). */
class SearchLogTest {

  private final List<SearchEvent> written = new ArrayList<>();
  private final List<SearchClick> clicks = new ArrayList<>();
  private final SearchEventRepository repository =
      new SearchEventRepository() {
        @Override
        public void addAll(List<SearchEvent> events) {
          written.addAll(events);
        }

        @Override
        public Optional<SearchEvent> find(UUID searchId) {
          return written.stream().filter(e -> e.id().equals(searchId)).findFirst();
        }

        @Override
        public boolean addClick(UUID searchId, SearchClick click) {
          boolean known = written.stream().anyMatch(e -> e.id().equals(searchId));
          if (clicks.stream().anyMatch(c -> c.articleId().equals(click.articleId()) && known)) {
            throw new ConflictException("clicked already");
          }
          if (known) {
            clicks.add(click);
          }
          return known;
        }
      };
  private static final String AMY = "pseudonym-of-amy";
  private static final String BEN = "pseudonym-of-ben";
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  private static SearchRecord search(String query) {
    return new SearchRecord(
        query,
        Map.of(),
        "relevance",
        3,
        12,
        "AGENT",
        true,
        null,
        AMY,
        List.of("article-1", "article-2"),
        Set.of("CS"));
  }

  @Test
  void searchesAreQueuedNormalisedAndWrittenOnFlush() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);

    UUID id = log.record(search("  客户 13800138000 退款 "));

    assertEquals(List.of(), written, "recording does not touch the database");
    assertEquals(1, log.pending());
    assertEquals(1, log.flush());
    assertEquals(id, written.get(0).id());
    assertEquals("客户 # 退款", written.get(0).query());
    assertEquals("AGENT", written.get(0).role());
    assertEquals(clock.instant(), written.get(0).occurredAt());
    assertEquals(0, log.pending());
  }

  @Test
  void aFullQueueDropsAndCounts() {
    SearchLog log = new SearchLog(repository, clock, 2, 1000);

    log.record(search("a"));
    log.record(search("b"));
    log.record(search("c"));

    assertEquals(1, log.dropped());
    assertEquals(2, log.flush());
  }

  @Test
  void aClickOnASearchStillQueuedWritesTheSearchFirst() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);
    UUID id = log.record(search("退款"));

    log.click(id, AMY, "article-1", 3, article -> true);

    assertEquals(1, written.size());
    assertEquals(1, clicks.size());
    assertEquals(3, clicks.get(0).position());
  }

  @Test
  void aClickOnAnUnknownSearchIsNotFound() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);

    assertThrows(
        NotFoundException.class,
        () -> log.click(UUID.randomUUID(), AMY, "article-1", 1, article -> true));
  }

  @Test
  void positionsStartAtOneAndArticleIdsAreRequired() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);
    UUID id = log.record(search("退款"));

    assertThrows(
        InvalidRequestException.class, () -> log.click(id, AMY, "article-1", 0, a -> true));
    assertThrows(InvalidRequestException.class, () -> log.click(id, AMY, " ", 1, a -> true));
    assertThrows(
        InvalidRequestException.class, () -> log.click(id, AMY, "x".repeat(37), 1, a -> true));
    assertEquals(0, clicks.size());
  }

  @Test
  void onlyTheSearcherMayClickAndThenOnlyOnAnArticleTheSearchShowedOnce() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);
    UUID id = log.record(search("退款"));

    assertThrows(
        NotFoundException.class,
        () -> log.click(id, BEN, "article-1", 1, a -> true),
        "someone else's search is as unknown as no search");
    assertThrows(
        InvalidRequestException.class,
        () -> log.click(id, AMY, "article-9", 1, a -> true),
        "an article the search did not show");
    assertThrows(
        NotFoundException.class,
        () -> log.click(id, AMY, "article-2", 2, a -> false),
        "an article the searcher may no longer read");
    log.click(id, AMY, "article-1", 1, a -> true);
    assertThrows(
        ConflictException.class,
        () -> log.click(id, AMY, "article-1", 1, a -> true),
        "each hit counts once");
    assertEquals(1, clicks.size());
    assertEquals(AMY, clicks.get(0).searcher());
  }

  @Test
  void aSearchRemembersWhatItShowedWhereItWasMadeAndWhetherItHeldPersonalData() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);
    log.record(search("张先生 退款"));
    log.record(search("退款"));
    log.flush();

    assertEquals("*先生 退款", written.get(0).query());
    assertTrue(written.get(0).personal());
    assertFalse(written.get(1).personal());
    assertTrue(written.get(1).showed("article-2"));
    assertFalse(written.get(1).showed("article-3"));
    assertEquals(Set.of("CS"), written.get(1).spaces());
    assertTrue(written.get(1).madeBy(AMY));
  }
}
