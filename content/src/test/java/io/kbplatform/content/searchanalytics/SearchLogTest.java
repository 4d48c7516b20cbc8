package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        public boolean addClick(UUID searchId, SearchClick click) {
          boolean known = written.stream().anyMatch(e -> e.id().equals(searchId));
          if (known) {
            clicks.add(click);
          }
          return known;
        }
      };
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  private static SearchRecord search(String query) {
    return new SearchRecord(query, Map.of(), "relevance", 3, 12, "AGENT", true, null);
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

    log.click(id, "article-1", 3);

    assertEquals(1, written.size());
    assertEquals(1, clicks.size());
    assertEquals(3, clicks.get(0).position());
  }

  @Test
  void aClickOnAnUnknownSearchIsNotFound() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);

    assertThrows(NotFoundException.class, () -> log.click(UUID.randomUUID(), "article-1", 1));
  }

  @Test
  void positionsStartAtOneAndArticleIdsAreRequired() {
    SearchLog log = new SearchLog(repository, clock, 10, 1000);
    UUID id = log.record(search("退款"));

    assertThrows(InvalidRequestException.class, () -> log.click(id, "article-1", 0));
    assertThrows(InvalidRequestException.class, () -> log.click(id, " ", 1));
    assertThrows(InvalidRequestException.class, () -> log.click(id, "x".repeat(37), 1));
    assertEquals(0, clicks.size());
  }
}
