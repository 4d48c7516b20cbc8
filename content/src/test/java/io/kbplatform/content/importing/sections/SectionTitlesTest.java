package io.kbplatform.content.importing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SectionTitlesTest {

  @Test
  void aHeadingThatRunsIntoItsTextEndsAfterItsLastHeadingWord() {
    assertEquals("客戶體驗的四大核心要素", heading("客戶體驗的四大核心要素滿意度客戶對產品和服務的感知評價,涵蓋"));
    assertEquals("售後服務流程管理", heading("售後服務流程管理高效的售後服務流程是確保體驗一致的關鍵。"));
  }

  @Test
  void aHeadingJoiningTwoNounsEndsAfterTheSecond() {
    assertEquals("售後團隊績效與激勵", heading("售後團隊績效與激勵科學的績效管理和有效的激勵機制是關鍵"));
    assertEquals("客戶溝通與情緒管理技巧", heading("客戶溝通與情緒管理技巧傾聽與共情全神貫注地聽客戶說話"));
  }

  @Test
  void punctuationAndDigitsEndAHeading() {
    assertEquals("員工體驗設計框架", heading("員工體驗設計框架01員工聲音收集"));
    assertEquals("新人入門", heading("新人入門，先熟悉系統"));
  }

  @Test
  void aHeadingWrittenTwiceIsKeptOnce() {
    assertEquals("第一部分制定戰略願景", SectionTitles.undoubled("第一部分制定戰略願景制定戰略願景"));
    assertEquals("退款退款", SectionTitles.undoubled("退款退款"));
  }

  @Test
  void longTitlesAreCutWithAnEllipsis() {
    assertEquals("一二三…", SectionTitles.cap("一二三四五六", 4));
    assertEquals("一二三四", SectionTitles.cap("一二三四", 4));
  }

  private static String heading(String text) {
    return text.substring(0, SectionTitles.inlineEnd(text, 0));
  }
}
