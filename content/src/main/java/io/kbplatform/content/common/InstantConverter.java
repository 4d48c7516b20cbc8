package io.kbplatform.content.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} attribute (and every query parameter compared with one) in its
 * {@code TIMESTAMP WITH TIME ZONE} column as a UTC {@link OffsetDateTime}: the type both H2 and the
 * PostgreSQL driver bind for that column without a JVM time zone in between, so an instant reads
 * back as the same instant whatever the server's zone. Applied to every entity by itself.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime column) {
    return column == null ? null : column.toInstant();
  }
}
