package io.kbplatform.content.importing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableOfContentsTest {

  @Test
  void aLineWithDotLeadersIsAnEntry() {
    assertEquals(
        List.of("第一章 概述"), TableOfContents.parse("第一章 概述 ........ 3").orElseThrow().titles());
    assertEquals(List.of("退款时限"), TableOfContents.parse("退款时限……………12").orElseThrow().titles());
  }

  @Test
  void entriesRunTogetherAreSeparatedAndTheTitleBeforeThemKept() {
    TableOfContents.Entries entries =
        TableOfContents.parse("20/26服務手冊第一部分服務理念 2第二部分投訴處理 4第三部分退款規則 7").orElseThrow();
    assertEquals(List.of("第一部分服務理念", "第二部分投訴處理", "第三部分退款規則"), entries.titles());
    assertEquals(Optional.of("服務手冊"), entries.documentTitle());
  }

  @Test
  void aPageMarkSeparatesTheDocumentTitle() {
    TableOfContents.Entries entries =
        TableOfContents.parse("服務流程設計第1頁服務流程設計 2一、引言 2二、原則 5三、步驟 9").orElseThrow();
    assertEquals(List.of("一、引言", "二、原則", "三、步驟"), entries.titles());
    assertEquals(Optional.of("服務流程設計"), entries.documentTitle());
  }

  @Test
  void sentencesWithNumbersAreNotATableOfContents() {
    assertTrue(TableOfContents.parse("客戶流失率降低 5 個百分點,利潤可提高 25 個百分點。").isEmpty());
    assertTrue(TableOfContents.parse("第一章 概述").isEmpty());
  }

  @Test
  void theContentsHeadingItselfIsPartOfIt() {
    assertTrue(TableOfContents.parse("目录").orElseThrow().titles().isEmpty());
  }
}
