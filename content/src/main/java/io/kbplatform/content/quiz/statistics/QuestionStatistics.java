package io.kbplatform.content.quiz.statistics;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One question's statistics over the counted attempts, as Moodle's statistics report shows them,
 * every value in percent. A value is empty where it cannot be computed: no attempts, a single
 * attempt (no spread), a max mark of 0, or a question or rest of the quiz on which every attempt
 * scored the same (no correlation).
 *
 * @param questionId the question's id
 * @param facilityIndex the mean mark as a percentage of the max mark: how easy the question was
 * @param standardDeviation the sample standard deviation of the marks, as a percentage of the max
 *     mark; needs two attempts
 * @param randomGuessScore the mark a random guess earns, as a percentage of the max mark
 * @param intendedWeight the max mark as a percentage of the quiz's max grade (0 if that is 0)
 * @param effectiveWeight the question's share of the spread of total marks: the square root of its
 *     marks' covariance with the total, as a percentage of the sum of those roots over questions;
 *     empty where that covariance is negative (Moodle shows "negative covariance") or the sum is 0
 * @param discriminationIndex the correlation between the question's marks and the marks on the rest
 *     of the quiz, times 100 (−100 to 100)
 * @param discriminativeEfficiency that covariance as a percentage of the largest covariance the two
 *     mark distributions allow (both sorted alike)
 * @param flags why a trainer may want to look at the question
 */
public record QuestionStatistics(
    String questionId,
    OptionalDouble facilityIndex,
    OptionalDouble standardDeviation,
    OptionalDouble randomGuessScore,
    double intendedWeight,
    OptionalDouble effectiveWeight,
    OptionalDouble discriminationIndex,
    OptionalDouble discriminativeEfficiency,
    Set<QuestionFlag> flags) {

  public QuestionStatistics {
    Objects.requireNonNull(questionId, "questionId");
    flags = Set.copyOf(flags);
  }
}
