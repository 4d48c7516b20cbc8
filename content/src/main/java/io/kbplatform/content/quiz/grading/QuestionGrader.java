package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.Response;
import java.util.Objects;

/**
 * Grades a learner's response to one question as Moodle grades its counterpart question type.
 * Stateless and safe for concurrent use.
 *
 * <ul>
 *   <li>Single choice: the chosen option's fraction, a negative one counting as 0 (Moodle {@code
 *       qtype_multichoice_single_question}).
 *   <li>Multiple choice: the chosen options' fractions added up, floored at 0 and capped at 1; an
 *       option named twice is chosen once ({@code qtype_multichoice_multi_question}).
 *   <li>True/false: 1 if the value is the answer, else 0; the feedback for the value chosen.
 *   <li>Short answer: the first accepted answer, in order, that matches ({@link
 *       TypedAnswerMatcher}); none matches: 0.
 *   <li>Numeric: the first accepted answer whose tolerance holds the number; none: 0.
 *   <li>Matching: correctly matched items / items; a choice may be right for several items.
 *   <li>Ordering: items in their correct position / items ({@code qtype_ordering}, grading type
 *       "absolute position").
 *   <li>Essay: no fraction; a trainer grades it ({@link ManualGrade}).
 * </ul>
 *
 * A response that does not fit the question is refused with {@link InvalidResponse}, never graded.
 */
public final class QuestionGrader {

  /** The longest short answer accepted, in characters. */
  public static final int MAX_SHORT_ANSWER_LENGTH = 10_000;

  /** The longest essay accepted, in characters. */
  public static final int MAX_ESSAY_LENGTH = 100_000;

  private QuestionGrader() {}

  /**
   * Grades one response.
   *
   * @param question the version of the question the learner was shown
   * @param response what the learner answered, or {@code null} if nothing
   * @throws InvalidResponse if the response does not fit the question
   */
  public static Grade grade(QuestionContent question, Response response) {
    Objects.requireNonNull(question, "question");
    if (response == null) {
      return question.type().gradedByHand()
          ? Grade.needsGrading(question.generalFeedback(), false)
          : Grade.unanswered(question.generalFeedback());
    }
    AnswerKey key = question.key();
    var general = question.generalFeedback();
    if (key instanceof AnswerKey.Choices choices) {
      return choices.multiple()
          ? ChoiceGrading.multiple(choices, response, general)
          : ChoiceGrading.single(choices, response, general);
    }
    if (key instanceof AnswerKey.TrueFalse trueFalse) {
      return ChoiceGrading.trueFalse(trueFalse, response, general);
    }
    if (key instanceof AnswerKey.ShortAnswers shortAnswers) {
      return TypedGrading.shortAnswer(shortAnswers, response, general);
    }
    if (key instanceof AnswerKey.NumericAnswers numeric) {
      return TypedGrading.numeric(numeric, response, general);
    }
    if (key instanceof AnswerKey.Essay) {
      return TypedGrading.essay(response, general);
    }
    if (key instanceof AnswerKey.Matching matching) {
      return ArrangementGrading.matching(matching, response, general);
    }
    if (key instanceof AnswerKey.Ordering ordering) {
      return ArrangementGrading.ordering(ordering, response, general);
    }
    throw new IllegalStateException("no grading for " + key.type());
  }

  /** A fraction within 0..1: below 0 counts as 0, above 1 as 1. */
  static double clamp(double fraction) {
    return Math.min(1, Math.max(0, fraction));
  }
}
