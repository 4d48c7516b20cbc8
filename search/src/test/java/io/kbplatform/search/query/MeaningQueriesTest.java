package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeaningQueriesTest {

  @Test
  void questionsAndPhrasesAreSearchedByMeaning() {
    assertTrue(MeaningQueries.eligible("客户很生气怎么办"));
    assertTrue(MeaningQueries.eligible("退款"));
    assertTrue(MeaningQueries.eligible("how to reset a password"));
    assertTrue(MeaningQueries.eligible("VIP 客户"));
  }

  @Test
  void singleTokensAreLeftToKeywords() {
    assertFalse(MeaningQueries.eligible("refund"));
    assertFalse(MeaningQueries.eligible("SKU-20391"));
    assertFalse(MeaningQueries.eligible("ar3fa9c1bd"), "letters broken by digits: one code");
    assertFalse(MeaningQueries.eligible("AB12CD34"));
    assertFalse(MeaningQueries.eligible("退"));
    assertFalse(MeaningQueries.eligible("13800138000"));
  }
}
