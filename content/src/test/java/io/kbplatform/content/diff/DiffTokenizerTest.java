package io.kbplatform.content.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiffTokenizerTest {

  @Test
  void everyCjkCharacterIsItsOwnToken() {
    assertEquals(List.of("客", "户", "，", "ひ", "カ", "한", "。"), DiffTokenizer.tokenize("客户，ひカ한。"));
  }

  @Test
  void latinWordsAndNumbersAreOneTokenWithApostrophesInside() {
    assertEquals(
        List.of("don't", " ", "refund", " ", "order", " ", "#", "42's", " ", "Ünïcode"),
        DiffTokenizer.tokenize("don't refund order #42's Ünïcode"));
  }

  @Test
  void apostropheOutsideAWordStandsAlone() {
    assertEquals(List.of("'", "quoted", "'"), DiffTokenizer.tokenize("'quoted'"));
  }

  @Test
  void whitespaceRunsAreOneTokenButEachNewlineIsItsOwn() {
    assertEquals(
        List.of("a", "  \t", "b", "\n", "\n", "  ", "c"), DiffTokenizer.tokenize("a  \tb\n\n  c"));
  }

  @Test
  void markdownSymbolsStandAlone() {
    assertEquals(
        List.of("#", "#", " ", "VIP", "客", "户", " ", "*", "*", "退", "款", "*", "*"),
        DiffTokenizer.tokenize("## VIP客户 **退款**"));
  }

  @Test
  void combiningMarksStayWithTheirLetter() {
    assertEquals(List.of("cafe\u0301", " ", "ok"), DiffTokenizer.tokenize("cafe\u0301 ok"));
  }

  @Test
  void emojiAndSupplementaryIdeographsAreNeverSplit() {
    String family = "👨\u200D👩\u200D👧";
    assertEquals(
        List.of("👍🏽", "𠮷", family, "🇨🇳", "ok"),
        DiffTokenizer.tokenize("👍🏽𠮷" + family + "🇨🇳ok"));
  }

  @Test
  void tokensConcatenateToTheText() {
    String text = "## 标题\n\nVIP客户 can't wait — 退款 😀 in 3 days.\r\n";
    assertEquals(text, String.join("", DiffTokenizer.tokenize(text)));
  }
}
