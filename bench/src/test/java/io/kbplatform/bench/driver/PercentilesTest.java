package io.kbplatform.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearest_rank_over_sorted_samples() {
    Percentiles p = new Percentiles(LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray());
    assertEquals(50, p.at(50));
    assertEquals(95, p.at(95));
    assertEquals(99, p.at(99));
    assertEquals(100, p.max());
    assertEquals(0, new Percentiles(new long[0]).at(50));
  }

  @Test
  void api_queries_carry_the_facet_filters_as_parameters() {
    assertEquals(
        "/api/search?q=VIP%E4%B8%93%E7%BA%BF%20complaint&limit=10&space=VIP",
        Target.apiPath(BenchQuery.of("mixed", "VIP专线 complaint", "space", "VIP"), 10));
  }
}
