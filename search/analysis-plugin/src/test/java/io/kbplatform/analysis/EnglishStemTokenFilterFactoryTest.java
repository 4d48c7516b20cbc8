package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishStemTokenFilterFactoryTest {

  private static List<String> stem(String algorithm, String text) {
    return Tokens.terms(
        Chain.standard(
            new LowercaseTokenFilterFactory(), new EnglishStemTokenFilterFactory(() -> algorithm)),
        text);
  }

  @Test
  void porterIsTheDefaultAlgorithm() {
    assertEquals(
        List.of("refund", "servic", "account"), stem("porter", "Refunds services accounts"));
  }

  @Test
  void lightAndMinimalAreGentler() {
    assertEquals(List.of("refund", "service"), stem("light", "refunds services"));
    assertEquals(
        List.of("refund", "service", "billing"), stem("minimal", "refunds services billing"));
  }

  @Test
  void leavesChineseAlone() {
    assertEquals(List.of("退", "款", "refund"), stem("porter", "退款 refunds"));
  }

  @Test
  void rejectsUnknownAlgorithm() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> stem("snowball", "x"));
    assertEquals(
        "unknown English stemmer [snowball], expected one of [porter, light, minimal]",
        e.getMessage());
  }
}
