package io.kbplatform.search.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The outcome of evaluating a judged set.
 *
 * @param byKind the means per query kind, for the queries that have one
 * @param unknownArticles judged titles (or ids) that no search in the evaluated scope can find at
 *     all: a misspelt title in the judgments, an article that is missing, unpublished or not
 *     readable by the caller
 */
public record EvaluationReport(
    String name,
    MeanScores mean,
    Map<String, MeanScores> byKind,
    List<QueryResult> queries,
    List<String> unknownArticles) {

  public EvaluationReport {
    byKind = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byKind));
    queries = List.copyOf(queries);
    unknownArticles = List.copyOf(unknownArticles);
  }
}
