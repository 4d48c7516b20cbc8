package io.kbplatform.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void keepsTheWordsAndDropsTheMarkup() {
    String plain =
        MarkdownText.plain(
            "# 退款流程\n\n1. 打开[订单页面](https://x/y)\n2. 点击 **申请退款**\n\n> 注意：`24小时`内处理\n\n![截图](a.png)");

    assertEquals("退款流程\n\n打开订单页面\n点击申请退款\n\n注意：24小时内处理\n\n截图", plain);
  }

  @Test
  void closesUpSpacesThatExtractionLeftBetweenChineseCharacters() {
    assertEquals("回复客户在24 小时内", MarkdownText.plain("回复 客户在24 小时内"));
  }

  @Test
  void leavesHtmlAsTextForTheHighlighterToEscape() {
    String plain = MarkdownText.plain("a <script>alert(1)</script> b");

    assertTrue(plain.contains("<script>"));
    assertFalse(plain.isBlank());
  }

  @Test
  void hostileMarkupTakesLinearTime() {
    // ~1.2 MB of unclosed markup: linear parsing takes well under a second; a quadratic one hours.
    // The bound is loose so that a machine busy with other builds does not fail the test.
    String hostile = "`a *b _c [d ![e ".repeat(60_000) + "\n" + "[".repeat(200_000);

    String plain =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MarkdownText.plain(hostile));

    assertTrue(plain.length() > 100_000);
  }

  @Test
  void copesWithNothing() {
    assertEquals("", MarkdownText.plain(null));
    assertEquals("", MarkdownText.plain(""));
  }
}
