package io.kbplatform.search.evaluation;

/**
 * How well one query was answered.
 *
 * @param firstRelevantRank the 1-based rank of the first relevant hit in the top {@value
 *     RelevanceMetrics#DEPTH}, or null if none is there
 * @param recallAt1 capped recall at 1 (R_cap@1): the relevant hits among the first k divided by
 *     min(k, relevant articles), so 1 when the first hit is relevant; the same for 3, 5 and 10
 * @param reciprocalRank 1 / firstRelevantRank, 0 when none
 * @param ndcgAt10 discounted cumulative gain of the top 10 (gain 2^grade − 1, discount log2(rank +
 *     1)) divided by that of the ideal order
 */
public record QueryScores(
    Integer firstRelevantRank,
    double recallAt1,
    double recallAt3,
    double recallAt5,
    double recallAt10,
    double reciprocalRank,
    double ndcgAt10) {}
