package io.kbplatform.content.importing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.importing.sections.Boilerplate.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentCleanerTest {

  @Test
  void scraperLinesCopyrightAndTheSitesFooterAreRemoved() {
    String text = readerText(Fixtures.read(Fixtures.DECK), true);
    assertFalse(text.contains("已閱讀"), text);
    assertFalse(text.contains("下載本文檔"));
    assertFalse(text.contains("版權說明"));
    assertFalse(text.contains("文檔簡介"));
    assertFalse(text.contains("溫馨提示"));
    assertFalse(text.contains("本站所有資源"));
    assertFalse(text.contains("合同範本"));
    assertFalse(text.contains("0/150"));
    assertTrue(text.contains("退款申請審核通過後,款項在三到五個工作日內原路退回。"));
  }

  @Test
  void pageCaptionsBecomePageBreaks() {
    DocumentCleaner.Cleaned cleaned = DocumentCleaner.clean("課件_第1頁\n課件_第2頁\n正文內容", true);
    assertEquals(
        List.of(DocumentCleaner.PAGE_BREAK, DocumentCleaner.PAGE_BREAK, "正文內容"), cleaned.lines());
    assertEquals(2, cleaned.removed().get(Kind.PAGE_CAPTION));
  }

  @Test
  void pinyinIsRemovedOnlyWhenAsked() {
    String deck = Fixtures.read(Fixtures.DECK);
    assertFalse(readerText(deck, true).contains("(wù)"));
    assertTrue(readerText(deck, false).contains("服務(wù)"));
    assertFalse(readerText(deck, false).contains("已閱讀"), "boilerplate is found through pinyin");
  }

  @Test
  void tableOfContentsPageNumbersAndRunningHeadersAreRemoved() {
    DocumentCleaner.Cleaned cleaned = DocumentCleaner.clean(Fixtures.read(Fixtures.POLICY), true);
    String text = String.join("\n", cleaned.lines());
    assertFalse(text.contains("........"), text);
    assertFalse(text.contains("目录"));
    assertFalse(text.contains("内部资料"));
    assertFalse(text.contains("- 1 -"));
    assertFalse(text.contains("第2页"));
    assertTrue(text.contains("第二章 退款管理"), "the chapter heading itself stays");
    assertEquals(List.of("第一章 总则", "第二章 退款管理", "第三章 投诉管理", "第四章 附则"), cleaned.tocTitles());
    assertEquals(8, cleaned.removed().get(Kind.REPEATED));
  }

  @Test
  void aRecurringLabelIsContentNotARunningHeader() {
    String text = "關鍵要點：\n一\n關鍵要點：\n二\n關鍵要點：\n三\n關鍵要點：\n四";
    assertEquals(8, DocumentCleaner.clean(text, true).lines().size());
  }

  @Test
  void pageNumberLinesOfEveryUsualShapeAreRemoved() {
    for (String line : List.of("第3頁", "第 3 页", "- 3 -", "— 12 —", "Page 4 of 10", "3 / 26", "17")) {
      assertEquals(Kind.PAGE_NUMBER, Boilerplate.kindOf(line), line);
    }
    assertEquals(null, Boilerplate.kindOf("第3章 退款"));
  }

  @Test
  void copyrightNoticesOfEveryUsualShapeAreRemoved() {
    for (String line :
        List.of(
            "版权所有 © 2024 星辰电商",
            "Copyright 2024 Example Ltd.",
            "© 2023 ACME. All rights reserved.")) {
      assertEquals(Kind.COPYRIGHT, Boilerplate.kindOf(line), line);
    }
  }

  @Test
  void aFooterWordEarlyInTheDocumentDoesNotCutIt() {
    String text = "評論\n" + "正文很長的內容。".repeat(20) + "\n結尾";
    assertEquals(3, DocumentCleaner.clean(text, true).lines().size());
  }

  @Test
  void titlesLoseCaptionsPinyinAndDoubling() {
    assertEquals(
        "客戶體驗和員工體驗培訓課件", DocumentCleaner.cleanTitle("客戶體驗(yàn)和員工體驗(yàn)培訓(xùn)課件_第1頁(yè)", true));
    assertEquals("制定以客戶為中心的戰略", DocumentCleaner.cleanTitle("制定以客戶為中心的戰略制定以客戶為中心的戰略", true));
    assertEquals("退款政策", DocumentCleaner.cleanTitle("## 退款政策", true));
  }

  @Test
  void theSummarySaysWhatWasRemoved() {
    DocumentCleaner.Cleaned cleaned = DocumentCleaner.clean("下載本文檔\n第3頁\n正文", true);
    assertEquals("scraper lines (1), page numbers (1)", cleaned.summary());
    assertEquals(Optional.empty(), cleaned.tocDocumentTitle());
  }

  private static String readerText(String document, boolean stripPinyin) {
    return String.join("\n", DocumentCleaner.clean(document, stripPinyin).lines());
  }
}
