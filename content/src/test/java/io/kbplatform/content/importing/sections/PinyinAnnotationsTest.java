package io.kbplatform.content.importing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PinyinAnnotationsTest {

  @Test
  void pinyinInBracketsAfterChineseIsRemoved() {
    assertEquals("客戶體驗培訓課件", PinyinAnnotations.strip("客戶體驗(yàn)培訓(xùn)課件"));
    assertEquals("體驗", PinyinAnnotations.strip("體驗(tǐ yàn)"));
    assertEquals("說明", PinyinAnnotations.strip("說（shuō）明"));
  }

  @Test
  void englishAndAbbreviationsInBracketsStay() {
    String text = "客戶體驗(CX)、凈推薦值(NPS)、網站(website)和門店(store)";
    assertEquals(text, PinyinAnnotations.strip(text));
  }

  @Test
  void bracketsAfterLatinTextStay() {
    assertEquals("Hello (nǐ hǎo)", PinyinAnnotations.strip("Hello (nǐ hǎo)"));
  }

  @Test
  void annotationsAreCounted() {
    assertEquals(2, PinyinAnnotations.count("體驗(yàn)培訓(xùn)(CX)"));
  }
}
