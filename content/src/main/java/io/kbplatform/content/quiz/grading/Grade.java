package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.quiz.question.FormattedText;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a response to one question earned.
 *
 * @param fraction the share of the question's mark earned, from 0 to 1; empty while the answer
 *     waits for a trainer (an essay)
 * @param feedback the feedback that applies to this answer: the chosen options', the matched
 *     accepted answer's, or the true/false feedback for the value chosen (empty texts left out)
 * @param generalFeedback the question's general feedback, shown whatever the answer
 * @param complete whether the learner answered fully (an option chosen, every item matched, a
 *     non-blank text); an incomplete answer is still graded, as Moodle grades it at submission
 */
public record Grade(
    OptionalDouble fraction,
    List<FormattedText> feedback,
    FormattedText generalFeedback,
    boolean complete) {

  /**
   * Moodle's tolerance when it calls a fraction right or wrong ({@code
   * question_state::graded_state_for_fraction}).
   */
  private static final double TOLERANCE = 1e-6;

  /** How the learner did, as Moodle's question states say it. */
  public enum Outcome {
    CORRECT,
    PARTIALLY_CORRECT,
    INCORRECT,
    /** A trainer has yet to grade it. */
    NEEDS_GRADING
  }

  public Grade {
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.isPresent()) {
      double value = fraction.getAsDouble();
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("a fraction is from 0 to 1: " + value);
      }
    }
    feedback = feedback.stream().filter(text -> !text.isEmpty()).toList();
    generalFeedback = generalFeedback == null ? FormattedText.EMPTY : generalFeedback;
  }

  static Grade of(
      double fraction, List<FormattedText> feedback, FormattedText general, boolean complete) {
    return new Grade(OptionalDouble.of(fraction), feedback, general, complete);
  }

  /** Nothing answered (or nothing that counts): no marks, no answer-specific feedback. */
  static Grade unanswered(FormattedText general) {
    return of(0, List.of(), general, false);
  }

  /** Waiting for a trainer: no fraction yet. */
  static Grade needsGrading(FormattedText general, boolean complete) {
    return new Grade(OptionalDouble.empty(), List.of(), general, complete);
  }

  public boolean needsManualGrading() {
    return fraction.isEmpty();
  }

  public Outcome outcome() {
    if (fraction.isEmpty()) {
      return Outcome.NEEDS_GRADING;
    }
    double value = fraction.getAsDouble();
    if (value < TOLERANCE) {
      return Outcome.INCORRECT;
    }
    return value > 1 - TOLERANCE ? Outcome.CORRECT : Outcome.PARTIALLY_CORRECT;
  }

  /**
   * The marks earned out of {@code maxMark} (the question's mark in its quiz); empty if pending.
   */
  public OptionalDouble markOutOf(double maxMark) {
    return fraction.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(fraction.getAsDouble() * maxMark);
  }
}
