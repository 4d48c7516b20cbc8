package io.kbplatform.content.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void anInstantIsStoredAsTheSameMomentInUtcAndReadsBackUnchanged() {
    Instant at = Instant.parse("2026-03-29T01:30:00.123456789Z");

    OffsetDateTime column = converter.convertToDatabaseColumn(at);

    assertEquals(ZoneOffset.UTC, column.getOffset());
    assertEquals(at, column.toInstant());
    assertEquals(at, converter.convertToEntityAttribute(column));
  }

  @Test
  void aColumnReadWithAnotherOffsetIsStillTheSameInstant() {
    OffsetDateTime shanghai = OffsetDateTime.parse("2026-11-01T16:00:00.5+08:00");

    assertEquals(
        Instant.parse("2026-11-01T08:00:00.5Z"), converter.convertToEntityAttribute(shanghai));
  }

  @Test
  void noInstantIsNoColumnValueAndBack() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}
