package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.common.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportRangeTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneOffset.UTC);

  @Test
  void daysAreWholeUtcDaysBothIncluded() {
    ReportRange range =
        ReportRange.days(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-03"), clock);

    assertEquals(Instant.parse("2026-11-01T00:00:00Z"), range.from());
    assertEquals(Instant.parse("2026-11-04T00:00:00Z"), range.to());
    assertEquals(LocalDate.parse("2026-11-03"), range.lastDay());
  }

  @Test
  void theDefaultIsTheLast30DaysUpToToday() {
    ReportRange range = ReportRange.days(null, null, clock);

    assertEquals(LocalDate.parse("2026-10-24"), range.firstDay());
    assertEquals(LocalDate.parse("2026-11-22"), range.lastDay());
  }

  @Test
  void aSingleDayIsAllowedButAReversedRangeIsNot() {
    LocalDate day = LocalDate.parse("2026-11-01");
    assertEquals(day, ReportRange.days(day, day, clock).lastDay());
    assertThrows(
        InvalidRequestException.class, () -> ReportRange.days(day, day.minusDays(1), clock));
  }
}
