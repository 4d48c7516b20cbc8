package io.kbplatform.content.quiz.statistics;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A question as it stands in the quiz whose statistics are computed: its place is its index in
 * {@link AttemptMarks#questions()}.
 *
 * @param questionId the question's id
 * @param maxMark what the question is worth in this quiz (0 or more)
 * @param randomGuessScore the mark a random guess earns on average, as a fraction of {@code
 *     maxMark} (0 to 1), where the question type allows guessing; empty otherwise
 */
public record QuestionSlot(String questionId, double maxMark, OptionalDouble randomGuessScore) {

  public QuestionSlot {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(randomGuessScore, "randomGuessScore");
    if (!(maxMark >= 0) || Double.isInfinite(maxMark)) {
      throw new IllegalArgumentException("a question's max mark must be 0 or more: " + maxMark);
    }
  }

  /** A question without a random guess score. */
  public QuestionSlot(String questionId, double maxMark) {
    this(questionId, maxMark, OptionalDouble.empty());
  }
}
