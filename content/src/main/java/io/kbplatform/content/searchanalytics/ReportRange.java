package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.common.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * The searches a report covers: those made in {@code [from, to)}, by searchers whose highest role
 * is {@code role} (null: any role), attributed to one of {@code spaces} (null: any space, for
 * administrators; empty: none).
 */
public record ReportRange(Instant from, Instant to, String role, Set<String> spaces) {

  /** Days covered when a report names no start. */
  public static final int DEFAULT_DAYS = 30;

  public ReportRange {
    if (from == null || to == null) {
      throw new IllegalArgumentException("from and to are required");
    }
    if (from.isAfter(to)) {
      throw new InvalidRequestException("from must not be after to.");
    }
    spaces = spaces == null ? null : Set.copyOf(spaces);
  }

  /** Searches of any role in any space. */
  public ReportRange(Instant from, Instant to, String role) {
    this(from, to, role, null);
  }

  /**
   * Whole days in UTC, both included. Without {@code to}: up to today; without {@code from}: the
   * {@value #DEFAULT_DAYS} days that end with {@code to}.
   *
   * @throws InvalidRequestException when from is after to
   */
  public static ReportRange days(LocalDate from, LocalDate to, Clock clock) {
    LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1L);
    if (first.isAfter(last)) {
      throw new InvalidRequestException(
          "from (" + first + ") must not be after to (" + last + ").");
    }
    return new ReportRange(startOf(first), startOf(last.plusDays(1)), null);
  }

  /** The same range, restricted to searchers whose highest role is {@code role}. */
  public ReportRange withRole(String role) {
    return new ReportRange(from, to, role == null || role.isBlank() ? null : role, spaces);
  }

  /**
   * The same range, restricted to searches attributed to these spaces (those the viewer
   * administers); null for every space.
   */
  public ReportRange inSpaces(Set<String> spaceKeys) {
    return new ReportRange(from, to, role, spaceKeys);
  }

  /** Whether no search can be in range: the viewer administers no space. */
  public boolean noSpaces() {
    return spaces != null && spaces.isEmpty();
  }

  /** The first day covered (UTC). */
  public LocalDate firstDay() {
    return LocalDate.ofInstant(from, ZoneOffset.UTC);
  }

  /** The last day covered (UTC). */
  public LocalDate lastDay() {
    return LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
