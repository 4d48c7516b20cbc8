package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

/** The realistic index and search analyzers, built from the plugin factories only. */
class KbChainTest {

  private static List<org.elasticsearch.plugin.analysis.TokenFilterFactory> indexFilters() {
    return List.of(
        new WidthTokenFilterFactory(),
        new LowercaseTokenFilterFactory(),
        new TraditionalToSimplifiedTokenFilterFactory(),
        new CjkBigramTokenFilterFactory(() -> false),
        new EnglishStemTokenFilterFactory(() -> "porter"));
  }

  private final Chain index =
      new Chain(
          StandardTokenizer::new, List.of(new PinyinStripCharFilterFactory()), indexFilters());

  @Test
  void traditionalAndSimplifiedProduceTheSameTokens() {
    String traditional = "客戶體驗(tǐ yàn)：如何申請退費？VIP會員Refunds";
    String simplified = "客户体验：如何申请退费？ＶＩＰ会员refund";
    List<String> expected =
        List.of("客户", "户体", "体验", "如何", "何申", "申请", "请退", "退费", "vip", "会员", "refund");
    assertEquals(expected, Tokens.terms(index, traditional));
    assertEquals(expected, Tokens.terms(index, simplified));
  }

  @Test
  void mixedQueryInEitherWidthAndScriptMatches() {
    assertEquals(List.of("vip", "客户"), Tokens.terms(index, "VIP客戶"));
    assertEquals(List.of("vip", "客户"), Tokens.terms(index, "ｖｉｐ客户"));
  }

  /** The annotation is invisible to search: 验退 is a bigram, as in the unannotated text. */
  @Test
  void offsetsStillPointAtTheOriginalTraditionalText() {
    String text = "體驗(tǐ yàn)退費";
    List<Tokens.Token> tokens = Tokens.of(index, text);
    assertEquals(List.of("体验", "验退", "退费"), tokens.stream().map(Tokens.Token::term).toList());
    assertEquals("體驗(tǐ yàn)", text.substring(tokens.get(0).start(), tokens.get(0).end()));
    assertEquals("退費", text.substring(tokens.get(2).start(), tokens.get(2).end()));
  }

  @Test
  void searchChainAddsSynonyms() {
    List<org.elasticsearch.plugin.analysis.TokenFilterFactory> filters =
        new java.util.ArrayList<>(indexFilters());
    filters.add(new SynonymTokenFilterFactory(Settings.synonyms("退款, 退费, refund")));
    Chain search =
        new Chain(StandardTokenizer::new, List.of(new PinyinStripCharFilterFactory()), filters);
    List<String> terms = Tokens.terms(search, "VIP客戶退款");
    assertTrue(
        terms.containsAll(List.of("vip", "客户", "户退", "退款", "退费", "refund")), terms::toString);
  }
}
