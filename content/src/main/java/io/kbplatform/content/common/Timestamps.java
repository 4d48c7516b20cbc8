package io.kbplatform.content.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Converts between the {@link Instant}s the domain speaks and the UTC timestamps it stores. */
public final class Timestamps {

  private Timestamps() {}

  public static OffsetDateTime toColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static Instant fromColumn(OffsetDateTime column) {
    return column == null ? null : column.toInstant();
  }
}
