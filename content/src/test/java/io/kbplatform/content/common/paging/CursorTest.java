package io.kbplatform.content.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void aCursorReadsBackFromItsTokenToTheNanosecond() {
    for (Instant at :
        new Instant[] {
          Instant.parse("2026-11-01T08:00:00.123456789Z"),
          Instant.parse("2026-11-01T08:00:00Z"),
          Instant.parse("1969-12-31T23:59:59.999Z"),
          Instant.EPOCH
        }) {
      Cursor cursor = new Cursor(at, "a-1|with a bar, 客户 and spaces");

      assertEquals(cursor, Cursor.parse(cursor.token()).orElseThrow(), at.toString());
    }
  }

  @Test
  void aTokenIsSafeInAnAddressWithoutEscaping() {
    String token = new Cursor(Instant.parse("2026-11-01T08:00:00Z"), "?&=/+ 客").token();

    assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
  }

  @Test
  void aTokenThatIsNotOneOfOursIsNoCursor() {
    for (String forged :
        new String[] {
          "",
          "nonsense!",
          "not a cursor",
          encode("not-a-cursor"),
          encode("1|2"),
          encode("x|0|id"),
          encode("1|-1|id"),
          encode("1|1000000000|id"),
          encode("1|0|"),
          encode("99999999999999999|0|id")
        }) {
      assertTrue(Cursor.parse(forged).isEmpty(), forged);
    }
    assertTrue(Cursor.parse(null).isEmpty());
  }

  @Test
  void aCursorNeedsATimeAndAnId() {
    assertThrows(IllegalArgumentException.class, () -> new Cursor(null, "a"));
    assertThrows(IllegalArgumentException.class, () -> new Cursor(Instant.EPOCH, ""));
    assertFalse(Cursor.parse(new Cursor(Instant.EPOCH, "a").token()).isEmpty());
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }
}
