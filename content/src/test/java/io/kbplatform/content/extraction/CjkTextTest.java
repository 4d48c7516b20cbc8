package io.kbplatform.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CjkTextTest {

  @Test
  void spacesInsideChinesePhrasesAreRemoved() {
    assertEquals("回复客户", CjkText.joinCjkSpaces("回复 客户"));
    assertEquals("請於二十四小時內回覆。", CjkText.joinCjkSpaces("請於 二十四 小時內\t回覆 。"));
  }

  @Test
  void spacesAroundLatinTextKoreanAndLineBreaksStay() {
    assertEquals("在 24 小时", CjkText.joinCjkSpaces("在 24 小时"));
    assertEquals("customer service", CjkText.joinCjkSpaces("customer service"));
    assertEquals("고객 서비스", CjkText.joinCjkSpaces("고객 서비스"));
    assertEquals("第一行\n第二行", CjkText.joinCjkSpaces("第一行\n第二行"));
  }

  @Test
  void indexTextHasNoTrailingSpacesNorRunsOfBlankLines() {
    assertEquals("回复客户\n\n下一段", CjkText.forIndex("  回复 客户  \n\n\n\n下一 段 "));
  }
}
