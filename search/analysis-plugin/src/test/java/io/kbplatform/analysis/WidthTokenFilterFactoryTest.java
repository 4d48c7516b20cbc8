package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class WidthTokenFilterFactoryTest {

  private final Chain chain =
      new Chain(WhitespaceTokenizer::new, List.of(), List.of(new WidthTokenFilterFactory()));

  @Test
  void foldsFullWidthAsciiToHalfWidth() {
    assertEquals(List.of("VIP123", "a-b"), Tokens.terms(chain, "ＶＩＰ１２３ ａ－ｂ"));
  }

  @Test
  void foldsHalfWidthKatakanaToFullWidth() {
    assertEquals(List.of("カタカナ", "ガイド"), Tokens.terms(chain, "ｶﾀｶﾅ ｶﾞｲﾄﾞ"));
  }

  @Test
  void leavesChineseAlone() {
    assertEquals(List.of("客戶", "客户"), Tokens.terms(chain, "客戶 客户"));
  }
}
