package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class TraditionalToSimplifiedTokenFilterFactoryTest {

  private final Chain chain =
      new Chain(
          WhitespaceTokenizer::new,
          List.of(),
          List.of(new TraditionalToSimplifiedTokenFilterFactory()));

  @Test
  void convertsTraditionalToSimplified() {
    assertEquals(
        List.of("体验", "客户", "退费", "帐户设定", "会员服务"), Tokens.terms(chain, "體驗 客戶 退費 帳戶設定 會員服務"));
  }

  @Test
  void leavesSimplifiedAndEnglishAlone() {
    assertEquals(List.of("体验", "客户", "Refund", "VIP"), Tokens.terms(chain, "体验 客户 Refund VIP"));
  }
}
