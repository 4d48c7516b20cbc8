package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A trainer's grade for an answer that needs one (an essay), or that overrides the automatic one,
 * as Moodle's manual grading gives a mark and a comment.
 *
 * @param fraction the share of the question's mark given, from 0 to 1
 * @param comment said to the learner; blank for none
 */
public record ManualGrade(double fraction, String comment) {

  /** The longest comment accepted, in characters. */
  public static final int MAX_COMMENT_LENGTH = 10_000;

  public ManualGrade {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new InvalidRequestException("A grade is a fraction from 0 to 1, not " + fraction + ".");
    }
    comment = comment == null ? "" : comment.strip();
    if (comment.codePointCount(0, comment.length()) > MAX_COMMENT_LENGTH) {
      throw new InvalidRequestException(
          "A comment is at most " + MAX_COMMENT_LENGTH + " characters long.");
    }
  }

  /** A mark out of the question's mark in its quiz, as trainers give it. */
  public static ManualGrade ofMark(double mark, double maxMark, String comment) {
    if (!(maxMark > 0) || Double.isInfinite(maxMark)) {
      throw new InvalidRequestException("A question's mark must be positive, not " + maxMark + ".");
    }
    if (!(mark >= 0 && mark <= maxMark)) {
      throw new InvalidRequestException("A mark is from 0 to " + maxMark + ", not " + mark + ".");
    }
    return new ManualGrade(mark / maxMark, comment);
  }

  /** The grade with this fraction, and this comment after the feedback already there. */
  public Grade appliedTo(Grade grade) {
    List<FormattedText> feedback = new ArrayList<>(grade.feedback());
    feedback.add(new FormattedText(comment, TextFormat.PLAIN));
    return new Grade(
        OptionalDouble.of(fraction), feedback, grade.generalFeedback(), grade.complete());
  }
}
