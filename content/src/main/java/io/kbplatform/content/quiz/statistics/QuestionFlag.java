package io.kbplatform.content.quiz.statistics;

import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Why a question deserves a trainer's second look. The thresholds follow Moodle: its documentation
 * calls a facility index of 90–94% very easy and 95% or more extremely easy, 6–10% very difficult
 * and 5% or less extremely difficult, a negative discrimination index a sign the question is
 * probably invalid, and its statistics report highlights a question whose discriminative efficiency
 * is below 15% as dubious. A statistic that could not be computed raises no flag.
 */
public enum QuestionFlag {
  /** Facility index above {@value #TOO_EASY_ABOVE}%: nearly everyone gets it right. */
  TOO_EASY,
  /** Facility index below {@value #TOO_HARD_BELOW}%: nearly everyone gets it wrong. */
  TOO_HARD,
  /**
   * Discrimination index below 0: learners who do worse on the rest of the quiz do better on this
   * question, often a wrong answer key or an ambiguous wording.
   */
  NEGATIVE_DISCRIMINATION,
  /**
   * Discrimination index not negative but discriminative efficiency below {@value
   * #LOW_EFFICIENCY_BELOW}%: the question tells strong and weak learners apart far less than its
   * difficulty would allow.
   */
  LOW_DISCRIMINATION;

  /** Facility index (%) above which a question is {@link #TOO_EASY}. */
  public static final double TOO_EASY_ABOVE = 90;

  /** Facility index (%) below which a question is {@link #TOO_HARD}. */
  public static final double TOO_HARD_BELOW = 10;

  /** Discriminative efficiency (%) below which a question is {@link #LOW_DISCRIMINATION}. */
  public static final double LOW_EFFICIENCY_BELOW = 15;

  /** The flags raised by a question's statistics, all in percent. */
  static Set<QuestionFlag> raisedBy(
      OptionalDouble facilityIndex,
      OptionalDouble discriminationIndex,
      OptionalDouble discriminativeEfficiency) {
    Set<QuestionFlag> flags = EnumSet.noneOf(QuestionFlag.class);
    if (facilityIndex.isPresent() && facilityIndex.getAsDouble() > TOO_EASY_ABOVE) {
      flags.add(TOO_EASY);
    }
    if (facilityIndex.isPresent() && facilityIndex.getAsDouble() < TOO_HARD_BELOW) {
      flags.add(TOO_HARD);
    }
    if (discriminationIndex.isPresent() && discriminationIndex.getAsDouble() < 0) {
      flags.add(NEGATIVE_DISCRIMINATION);
    } else if (discriminativeEfficiency.isPresent()
        && discriminativeEfficiency.getAsDouble() < LOW_EFFICIENCY_BELOW) {
      flags.add(LOW_DISCRIMINATION);
    }
    return flags;
  }
}
