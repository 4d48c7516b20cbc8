package io.kbplatform.content.acknowledgement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MandatoryReadingTest {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

  @Test
  void theFirstPublicationAlwaysCountsAsSignificant() {
    MandatoryReading reading = new MandatoryReading("a1", T0);

    assertTrue(reading.published(2, false, T0));

    assertEquals(2, reading.requiredSince());
    assertFalse(reading.isSatisfiedBy(1));
    assertTrue(reading.isSatisfiedBy(2));
  }

  @Test
  void aNonSignificantPublicationKeepsEarlierAcknowledgementsValid() {
    MandatoryReading reading = new MandatoryReading("a1", T0);
    reading.published(1, false, T0);

    assertFalse(reading.published(2, false, T0));

    assertEquals(1, reading.requiredSince());
    assertTrue(reading.isSatisfiedBy(1));
  }

  @Test
  void aSignificantPublicationAsksEveryoneAgain() {
    MandatoryReading reading = new MandatoryReading("a1", T0);
    reading.published(1, true, T0);
    reading.published(2, false, T0);

    assertTrue(reading.published(3, true, T0));

    assertEquals(3, reading.requiredSince());
    assertFalse(reading.isSatisfiedBy(2));
    assertTrue(reading.isSatisfiedBy(3));
    assertTrue(reading.isSatisfiedBy(4), "a later acknowledgement counts too");
  }

  @Test
  void beforeAnyRecordedPublicationAnyAcknowledgementCounts() {
    MandatoryReading reading = new MandatoryReading("a1", T0);

    assertEquals(1, reading.requiredSince());
    assertTrue(reading.isSatisfiedBy(1));
  }

  @Test
  void groupsMakeItMandatoryAndNoGroupsMakeItOptional() {
    MandatoryReading reading = new MandatoryReading("a1", T0);
    reading.requireFrom(Set.of("tier2", "sh-site"), T0);

    assertTrue(reading.isMandatory());
    assertTrue(reading.isMandatoryFor(Set.of("tier2")));
    assertFalse(reading.isMandatoryFor(Set.of("tier1")));

    reading.requireFrom(Set.of(), T0);
    assertFalse(reading.isMandatory());
  }
}
