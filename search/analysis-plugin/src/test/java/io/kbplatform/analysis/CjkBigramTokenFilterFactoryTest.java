package io.kbplatform.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CjkBigramTokenFilterFactoryTest {

  private static Chain chain(boolean unigrams) {
    return Chain.standard(new CjkBigramTokenFilterFactory(() -> unigrams));
  }

  @Test
  void bigramsByDefault() {
    assertEquals(List.of("VIP", "客户", "户体", "体验"), Tokens.terms(chain(false), "VIP客户体验"));
  }

  @Test
  void singleCharacterStaysAUnigram() {
    assertEquals(List.of("好", "ok"), Tokens.terms(chain(false), "好 ok"));
  }

  @Test
  void bigramsJapaneseAndKorean() {
    assertEquals(List.of("カタ", "タカ", "カナ", "한국", "국어"), Tokens.terms(chain(false), "カタカナ 한국어"));
  }

  @Test
  void outputUnigramsAddsSingleCharacters() {
    List<Tokens.Token> tokens = Tokens.of(chain(true), "客户体验");
    assertEquals(
        List.of("客", "客户", "户", "户体", "体", "体验", "验"),
        tokens.stream().map(Tokens.Token::term).toList());
    assertEquals(
        List.of(0, 0, 1, 1, 2, 2, 3), tokens.stream().map(Tokens.Token::position).toList());
  }
}
