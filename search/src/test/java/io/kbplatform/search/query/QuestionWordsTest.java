package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionWordsTest {

  @Test
  void questionAndFillerWordsGo() {
    assertEquals("客户很生气", QuestionWords.strip("客户很生气怎么办"));
    assertEquals("月话费 多", QuestionWords.strip("这个月话费怎么这么多"));
    assertEquals("手機丟了", QuestionWords.strip("手機丟了怎麼辦？"));
    assertEquals("出国了手机还能上网", QuestionWords.strip("出国了手机还能上网吗"));
  }

  @Test
  void particlesGoOnlyAtTheEndOfASentence() {
    assertEquals("吧台预订", QuestionWords.strip("吧台预订"));
    assertEquals("能退款", QuestionWords.strip("能退款吗"));
  }

  @Test
  void neverStripsToNothingAndLeavesEnglishAlone() {
    assertEquals("怎么办", QuestionWords.strip("怎么办"));
    assertEquals("how to reset a password", QuestionWords.strip("how to reset a password"));
  }
}
