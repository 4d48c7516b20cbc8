package io.kbplatform.content.quiz.statistics;

/**
 * Which attempts the statistics are computed from, as in Moodle's "Calculate statistics from"
 * setting: the attempt of each learner that a grading method counts, or all of them.
 */
public enum AttemptsCounted {
  /** Each learner's first attempt (lowest attempt number). */
  FIRST,
  /**
   * Each learner's attempt with the highest total mark; of equal totals, the earliest (Moodle's
   * rule).
   */
  HIGHEST,
  /** Each learner's last attempt (highest attempt number). */
  LAST,
  /** Every attempt, several per learner. */
  ALL;

  /**
   * Whether a learner's candidate attempt replaces the one chosen so far; never asked for {@link
   * #ALL}.
   */
  boolean prefers(int candidateNumber, double candidateSum, int chosenNumber, double chosenSum) {
    return switch (this) {
      case FIRST -> candidateNumber < chosenNumber;
      case LAST -> candidateNumber > chosenNumber;
      case HIGHEST ->
          candidateSum > chosenSum || (candidateSum == chosenSum && candidateNumber < chosenNumber);
      case ALL -> throw new IllegalStateException("every attempt counts");
    };
  }
}
