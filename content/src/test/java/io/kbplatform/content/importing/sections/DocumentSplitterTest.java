package io.kbplatform.content.importing.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSplitterTest {

  private static final DocumentSplitter DEFAULT = new DocumentSplitter(SectionSizes.DEFAULTS, 200);

  /** Sizes scaled to the small fixtures: they keep their shape, only shorter. */
  private static final DocumentSplitter SMALL =
      new DocumentSplitter(new SectionSizes(1000, 150, 1500, 700), 200);

  @Test
  void aDeckWhoseChaptersRunIntoTheTextIsSplitAtEachChapter() {
    SplitDocument deck =
        DEFAULT.split(
            Fixtures.read(Fixtures.DECK),
            "客戶服務(wù)培訓課件(jiàn)_第1頁",
            "000_77f084f1a508ba0f.txt",
            SplitOptions.DEFAULTS);
    assertEquals("客戶服務培訓課件", deck.title());
    assertEquals(
        List.of("第一章：服務禮儀的基本要求", "第二章：投訴處理與情緒安撫", "第三章：退款流程與時限", "第四章：會員權益與積分規則"), titles(deck));
    Section refunds = deck.sections().get(2);
    assertTrue(refunds.body().startsWith("退款申請審核通過後"), refunds.body());
    assertFalse(refunds.body().contains("(wù)"));
    assertFalse(refunds.body().contains("會員積分"), "the next chapter is not in this one");
    assertTrue(deck.removed().contains("scraper lines"), deck.removed());
  }

  @Test
  void sectionBodiesReadInParagraphs() {
    SplitDocument deck =
        DEFAULT.split(Fixtures.read(Fixtures.DECK), "", "deck.txt", SplitOptions.DEFAULTS);
    for (Section section : deck.sections()) {
      assertTrue(section.body().lines().allMatch(l -> l.length() <= 400), section.title());
    }
  }

  @Test
  void aPolicyIsSplitAtItsChaptersWithTheirNumberedSectionsInside() {
    SplitDocument policy =
        SMALL.split(Fixtures.read(Fixtures.POLICY), "", "policy.txt", SplitOptions.DEFAULTS);
    assertEquals("星辰电商客服服务管理制度", policy.title());
    assertEquals(List.of("第一章 总则", "第二章 退款管理", "第三章 投诉管理", "第四章 附则"), titles(policy));
    String refunds = policy.sections().get(1).body();
    assertTrue(refunds.startsWith("一、退款条件"), refunds);
    assertTrue(refunds.contains("二、退款时限"));
    assertFalse(refunds.contains("内部资料"));
    assertFalse(refunds.contains("- 3 -"));
  }

  @Test
  void shortSlidesAreGroupedUnderTheFirstSlidesTitle() {
    DocumentSplitter splitter = new DocumentSplitter(new SectionSizes(1000, 400, 1500, 700), 200);
    SplitDocument slides =
        splitter.split(
            Fixtures.read(Fixtures.SLIDES), "新员工入职培训", "slides.pptx", SplitOptions.DEFAULTS);
    assertEquals("新员工入职培训", slides.title());
    List<String> titles = titles(slides);
    assertTrue(titles.size() >= 2 && titles.size() < 12, titles.toString());
    assertEquals("公司介绍", titles.get(0));
    for (Section section : slides.sections()) {
      assertFalse(section.body().contains("_第"), "no page captions: " + section.body());
    }
    String all = String.join("\n", slides.sections().stream().map(Section::body).toList());
    assertTrue(all.contains("## 组织架构"), "a grouped slide keeps its title as a heading");
  }

  @Test
  void aShortDocumentStaysOneArticle() {
    SplitDocument slides =
        DEFAULT.split(
            Fixtures.read(Fixtures.SLIDES), "新员工入职培训", "slides.pptx", SplitOptions.DEFAULTS);
    assertEquals(1, slides.sections().size());
    assertFalse(slides.isSplit());
    assertFalse(slides.sections().get(0).body().contains("_第1页"));
  }

  @Test
  void splittingCanBeTurnedOffWhileCleaningStays() {
    SplitDocument whole =
        DEFAULT.split(Fixtures.read(Fixtures.DECK), "", "deck.txt", new SplitOptions(false, true));
    assertEquals(1, whole.sections().size());
    assertEquals("客戶服務培訓課件", whole.title());
    assertTrue(whole.sections().get(0).body().contains("第四章：會員權益與積分規則"));
    assertFalse(whole.sections().get(0).body().contains("已閱讀"));
  }

  @Test
  void aSectionTooLongIsSplitAgainByLength() {
    String chapter = "坐席应当耐心倾听客户诉求,准确记录问题要点。".repeat(150);
    String text = "# 第一章 总则\n\n" + chapter + "\n\n# 第二章 附则\n\n" + "本制度自发布之日起施行。".repeat(40);
    SplitDocument split = SMALL.split(text, "", "rules.md", SplitOptions.DEFAULTS);
    List<String> titles = titles(split);
    assertEquals("第一章 总则", titles.get(0));
    assertEquals("第一章 总则 (2)", titles.get(1));
    assertEquals("第二章 附则", titles.get(titles.size() - 1));
    assertTrue(split.sections().stream().allMatch(s -> SectionSizes.measure(s.body()) <= 1500));
  }

  @Test
  void aNumberedHeadingIsNoDocumentTitle() {
    SplitDocument split =
        DEFAULT.split("# 第一章 申请条件\n\n七天内可以申请退款。", "", "退款指南.docx", SplitOptions.DEFAULTS);
    assertEquals("退款指南", split.title());
  }

  @Test
  void theTitleIsNeverBoilerplate() {
    String text = "版權說明:本文檔由用戶提供并上傳\n\n# 服務手冊\n\n" + "內容。".repeat(10);
    SplitDocument split = DEFAULT.split(text, "版權說明:本文檔由用戶提供并上傳", "x.txt", SplitOptions.DEFAULTS);
    assertEquals("服務手冊", split.title());
  }

  @Test
  void withoutAnyTitleTheFileNameIsUsed() {
    SplitDocument split = DEFAULT.split("內容。", "", "folder/退款說明.docx", SplitOptions.DEFAULTS);
    assertEquals("退款說明", split.title(), "a sentence is no title");
    assertEquals("退款說明", DocumentTitle.fromFileName("folder/退款說明.docx"));
  }

  private static List<String> titles(SplitDocument document) {
    return document.sections().stream().map(Section::title).toList();
  }
}
