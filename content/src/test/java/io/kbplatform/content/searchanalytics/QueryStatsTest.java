package io.kbplatform.content.searchanalytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QueryStatsTest {

  @Test
  void rateIsTheShareOfSearchesWithAClick() {
    QueryStats stats = QueryStats.of("退款", 4, 3, 1, 40, 100);

    assertEquals(4, stats.searches());
    assertEquals(3, stats.clicks(), "all clicks are counted");
    assertEquals(0.25, stats.clickThroughRate(), 1e-9, "but only one search was clicked");
    assertEquals(10.0, stats.averageResults(), 1e-9);
    assertEquals(25.0, stats.averageLatencyMillis(), 1e-9);
  }

  @Test
  void clicksOnLaterPagesNeverLiftTheRateAboveOne() {
    assertEquals(1.0, QueryStats.of("退款", 1, 2, 2, 30, 10).clickThroughRate(), 1e-9);
  }

  @Test
  void noSearchesMeansNoRatesRatherThanADivisionByZero() {
    QueryStats stats = QueryStats.of("退款", 0, 1, 1, 0, 0);

    assertEquals(0, stats.clickThroughRate());
    assertEquals(0, stats.averageResults());
  }
}
