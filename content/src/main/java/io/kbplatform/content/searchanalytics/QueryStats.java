package io.kbplatform.content.searchanalytics;

/**
 * How one normalised query fared over a report's range. {@code searches} counts first pages only (a
 * next page is not a new search); {@code clicks} counts every click on its hits, on any page;
 * {@code clickThroughRate} is the share of searches followed by at least one click (0..1); the
 * averages are over the searches.
 */
public record QueryStats(
    String query,
    long searches,
    long clicks,
    double clickThroughRate,
    double averageResults,
    double averageLatencyMillis) {

  /**
   * From the sums a report query returns: clicked counts the recorded searches (of any page) with
   * at least one click, so a click on a second page still counts for its query; the rate is capped
   * at 1.
   */
  static QueryStats of(
      String query,
      long searches,
      long clicks,
      long clicked,
      long sumOfResults,
      long sumOfLatencyMillis) {
    if (searches <= 0) {
      return new QueryStats(query, 0, clicks, 0, 0, 0);
    }
    return new QueryStats(
        query,
        searches,
        clicks,
        Math.min(1.0, (double) clicked / searches),
        (double) sumOfResults / searches,
        (double) sumOfLatencyMillis / searches);
  }
}
