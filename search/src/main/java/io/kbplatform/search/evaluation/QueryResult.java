package io.kbplatform.search.evaluation;

import java.util.List;

/**
 * One evaluated query: its scores, the titles the search returned (top {@value
 * RelevanceMetrics#DEPTH}, best first) and the relevant articles that were not among them.
 */
public record QueryResult(
    String query, String kind, QueryScores scores, List<String> retrieved, List<String> missed) {

  public QueryResult {
    retrieved = List.copyOf(retrieved);
    missed = List.copyOf(missed);
  }
}
