package io.kbplatform.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kbplatform.content.common.paging.Cursor;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryParameterConvertersTest {

  private final QueryParameterConverters converters = new QueryParameterConverters();

  enum Colour {
    RED,
    GREEN;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT) + " colour";
    }
  }

  @SuppressWarnings("unused")
  void list(
      @QueryParam("limit") @Bounded(max = 200) Integer limit,
      @QueryParam("days") @DefaultValue("14") int days,
      @QueryParam("after") Long after,
      @QueryParam("archived") Boolean archived,
      @QueryParam("colour") Colour colour,
      @QueryParam("after") Cursor cursor,
      @QueryParam("limit") @DefaultValue(PageLimits.DEFAULT) @Bounded(max = PageLimits.MAX)
          int pageSize) {}

  @Test
  void aLimitOutsideItsRangeOrNotANumberIsRefusedNamingTheParameter() {
    ParamConverter<Integer> limit = converter(0, Integer.class);
    for (String bad :
        new String[] {"abc", "-1", "0", "201", "100000", "1.5", "99999999999999999999"}) {
      InvalidParameterException e =
          assertThrows(InvalidParameterException.class, () -> limit.fromString(bad), bad);
      assertEquals("limit", e.parameter());
      assertEquals("must be an integer between 1 and 200", e.rule());
      assertEquals(400, e.getResponse().getStatus());
    }
    assertEquals(1, limit.fromString("1"));
    assertEquals(200, limit.fromString(" 200 "));
    assertNull(limit.fromString(""), "an empty limit is no limit: the list's default");
  }

  @Test
  void otherNumbersBooleansAndEnumsAreCheckedToo() {
    assertEquals(14, converter(1, int.class).fromString(""), "empty takes the default");
    assertThrows(InvalidParameterException.class, () -> converter(1, int.class).fromString("x"));
    assertThrows(InvalidParameterException.class, () -> converter(2, Long.class).fromString("1e3"));
    assertEquals(true, converter(3, Boolean.class).fromString("TRUE"));
    assertThrows(
        InvalidParameterException.class, () -> converter(3, Boolean.class).fromString("maybe"));
    assertEquals(Colour.GREEN, converter(4, Colour.class).fromString("green"));
    InvalidParameterException e =
        assertThrows(
            InvalidParameterException.class, () -> converter(4, Colour.class).fromString("blue"));
    assertEquals("must be one of RED, GREEN", e.rule());
  }

  @Test
  void aPageCursorReadsBackFromItsTokenAndAForgedOneIsRefusedNamingTheParameter() {
    Cursor cursor = new Cursor(Instant.parse("2026-11-01T08:00:00.123456789Z"), "a-1");
    assertEquals(cursor, converter(5, Cursor.class).fromString(cursor.token()));
    assertNull(converter(5, Cursor.class).fromString(""), "no cursor: the first page");
    for (String forged : new String[] {"nonsense", "bm90LWEtY3Vyc29y", "%%%", "MXwyfA"}) {
      InvalidParameterException e =
          assertThrows(
              InvalidParameterException.class,
              () -> converter(5, Cursor.class).fromString(forged),
              forged);
      assertEquals("after", e.parameter());
      assertEquals(400, e.getResponse().getStatus());
    }
  }

  @Test
  void aPageLimitDefaultsToFiftyAndIsRefusedOutsideOneToTwoHundred() {
    ParamConverter<Integer> limit = converter(6, int.class);
    assertEquals(50, limit.fromString(null));
    assertEquals(200, limit.fromString("200"));
    InvalidParameterException e =
        assertThrows(InvalidParameterException.class, () -> limit.fromString("201"));
    assertEquals("must be an integer between 1 and 200", e.rule());
    assertThrows(InvalidParameterException.class, () -> limit.fromString("0"));
  }

  @Test
  void anUnknownEnumValueIsAnsweredWithTheConstantsNotTheirDisplayNames() {
    InvalidParameterException e =
        assertThrows(
            InvalidParameterException.class, () -> converter(4, Colour.class).fromString("DONE"));
    assertEquals("colour", e.parameter());
    assertEquals("must be one of RED, GREEN", e.rule());
    assertEquals(Colour.RED, converter(4, Colour.class).fromString(" red "));
  }

  @Test
  void textParametersAreLeftToJaxRs() {
    assertNull(converters.getConverter(String.class, String.class, new Annotation[0]));
  }

  private <T> ParamConverter<T> converter(int index, Class<T> type) {
    Parameter parameter = method().getParameters()[index];
    return converters.getConverter(
        type, parameter.getParameterizedType(), parameter.getAnnotations());
  }

  private static java.lang.reflect.Method method() {
    for (java.lang.reflect.Method m : QueryParameterConvertersTest.class.getDeclaredMethods()) {
      if (m.getName().equals("list")) {
        return m;
      }
    }
    throw new IllegalStateException();
  }
}
