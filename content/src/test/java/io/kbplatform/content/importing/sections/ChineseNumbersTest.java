package io.kbplatform.content.importing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChineseNumbersTest {

  @Test
  void chapterNumbersAreRead() {
    assertEquals(1, ChineseNumbers.parse("一"));
    assertEquals(10, ChineseNumbers.parse("十"));
    assertEquals(12, ChineseNumbers.parse("十二"));
    assertEquals(21, ChineseNumbers.parse("二十一"));
    assertEquals(7, ChineseNumbers.parse("7"));
    assertEquals(-1, ChineseNumbers.parse("甲"));
  }
}
