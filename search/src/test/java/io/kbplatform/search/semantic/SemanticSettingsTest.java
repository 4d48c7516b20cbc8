package io.kbplatform.search.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SemanticSettingsTest {

  private final SemanticSettings settings = SemanticSettings.defaults();

  @Test
  void aQueryWithChineseCharactersUsesTheChineseFloor() {
    assertEquals(0.52f, settings.minSimilarityFor("客户很生气怎么办"));
    assertEquals(0.52f, settings.minSimilarityFor("APP 闪退"));
    assertEquals(0.52f, settings.minSimilarityFor("電話響幾聲要接"));
  }

  @Test
  void aQueryInLatinLettersOnlyNeedsACloserPassage() {
    assertEquals(0.62f, settings.minSimilarityFor("refund policy"));
    assertEquals(0.62f, settings.minSimilarityFor("zzqqxx wvpt"));
    assertEquals(0.62f, settings.minSimilarityFor("ＶＩＰ １２"));
  }

  @Test
  void theFloorsAndTheGoodKeywordShareAreConfigurable() {
    SemanticSettings custom =
        new SemanticSettings(500, 40, 20, 100, 0.3f, 0.08f, 60, 1.0, 1.0, 20, 1, 0.4f, 0.9);

    assertEquals(0.3f, custom.minSimilarityFor("退款"));
    assertEquals(0.4f, custom.minSimilarityFor("refund policy"));
    assertEquals(0.9, custom.strongKeywordRatio());
  }
}
