package io.kbplatform.app.searchanalytics;

import io.kbplatform.content.searchanalytics.QueryStats;
import io.kbplatform.content.searchanalytics.ReportRange;
import java.time.LocalDate;
import java.util.List;

/**
 * A report over the days {@code from}..{@code to} (UTC, both included), for searchers of one role
 * or all (null). No user names: searches are recorded without them.
 */
public record QueryReportView(LocalDate from, LocalDate to, String role, List<Row> queries) {

  /**
   * One normalised query: first-page searches, clicks on its hits, the share of searches with a
   * click (0..1), and averages per search.
   */
  public record Row(
      String query,
      long searches,
      long clicks,
      double clickThroughRate,
      double averageResults,
      double averageLatencyMillis) {

    static Row of(QueryStats s) {
      return new Row(
          s.query(),
          s.searches(),
          s.clicks(),
          round(s.clickThroughRate(), 10_000),
          round(s.averageResults(), 10),
          round(s.averageLatencyMillis(), 10));
    }
  }

  static QueryReportView of(ReportRange range, List<QueryStats> stats) {
    return new QueryReportView(
        range.firstDay(), range.lastDay(), range.role(), stats.stream().map(Row::of).toList());
  }

  private static double round(double value, int scale) {
    return Math.round(value * scale) / (double) scale;
  }
}
