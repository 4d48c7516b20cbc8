package io.kbplatform.search.evaluation;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The means of the query scores over a set (MRR is the mean reciprocal rank), with how many queries
 * had a relevant article first and how many had none in the top {@value RelevanceMetrics#DEPTH}.
 */
public record MeanScores(
    int queries,
    double recallAt1,
    double recallAt3,
    double recallAt5,
    double recallAt10,
    double mrr,
    double ndcgAt10,
    int relevantFirst,
    int noneFound) {

  /** The means of the given scores (all zero for none). */
  public static MeanScores of(List<QueryScores> scores) {
    return new MeanScores(
        scores.size(),
        mean(scores, QueryScores::recallAt1),
        mean(scores, QueryScores::recallAt3),
        mean(scores, QueryScores::recallAt5),
        mean(scores, QueryScores::recallAt10),
        mean(scores, QueryScores::reciprocalRank),
        mean(scores, QueryScores::ndcgAt10),
        (int) scores.stream().filter(s -> Integer.valueOf(1).equals(s.firstRelevantRank())).count(),
        (int) scores.stream().filter(s -> s.firstRelevantRank() == null).count());
  }

  private static double mean(List<QueryScores> scores, ToDoubleFunction<QueryScores> metric) {
    return scores.isEmpty() ? 0 : scores.stream().mapToDouble(metric).average().orElse(0);
  }
}
