package io.kbplatform.app.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8QueryFilterTest {

  @Test
  void rawUtf8ReadAsLatin1IsReEncoded() {
    String mangled =
        new String("q=客户投诉&limit=5".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

    String repaired = Utf8QueryFilter.repair(mangled).orElseThrow();

    assertEquals("q=客户投诉&limit=5", URLDecoder.decode(repaired, StandardCharsets.UTF_8));
    assertTrue(repaired.chars().allMatch(c -> c < 0x80), repaired);
  }

  @Test
  void rawUtf8ReadAsLatin1AndEncodedAgainIsRepaired() {
    String mangled = new String("客户".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    String doubleEncoded = "q=" + java.net.URLEncoder.encode(mangled, StandardCharsets.UTF_8);

    String repaired = Utf8QueryFilter.repair(doubleEncoded + "&x=%26").orElseThrow();

    assertEquals("q=%E5%AE%A2%E6%88%B7&x=%26", repaired);
  }

  @Test
  void asciiAndProperlyEncodedQueriesAreLeftAlone() {
    assertTrue(Utf8QueryFilter.repair("q=%E5%AE%A2%E6%88%B7").isEmpty());
    assertTrue(Utf8QueryFilter.repair("q=refund").isEmpty());
    assertTrue(Utf8QueryFilter.repair(null).isEmpty());
  }

  @Test
  void genuineLatin1TextThatIsNotUtf8IsLeftAlone() {
    assertTrue(Utf8QueryFilter.repair("q=café").isEmpty());
    assertTrue(Utf8QueryFilter.repair("q=caf%C3%A9").isEmpty());
  }
}
