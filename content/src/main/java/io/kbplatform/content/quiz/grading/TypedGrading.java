package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.quiz.question.AcceptedAnswer;
import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.NumericAnswer;
import io.kbplatform.content.quiz.question.QuestionType;
import io.kbplatform.content.quiz.question.Response;
import java.util.List;

/** Grades the questions answered by typing: short answer, numeric, essay (pending). */
final class TypedGrading {

  /**
   * Moodle widens every tolerance by {@code 10^-precision} (PHP's precision is 14) so that a number
   * printed equal to the bound is accepted (MDL-3225, {@code qtype_numerical_answer}).
   */
  static final double TOLERANCE_SLACK = 1e-14;

  private TypedGrading() {}

  static Grade shortAnswer(AnswerKey.ShortAnswers key, Response response, FormattedText general) {
    String text = text(QuestionType.SHORT_ANSWER, response, QuestionGrader.MAX_SHORT_ANSWER_LENGTH);
    if (text.isBlank()) {
      return Grade.unanswered(general);
    }
    for (AcceptedAnswer answer : key.answers()) {
      if (TypedAnswerMatcher.matches(answer.pattern(), text)) {
        return Grade.of(
            QuestionGrader.clamp(answer.fraction()), List.of(answer.feedback()), general, true);
      }
    }
    return Grade.of(0, List.of(), general, true);
  }

  static Grade numeric(AnswerKey.NumericAnswers key, Response response, FormattedText general) {
    if (!(response instanceof Response.Number given)) {
      throw InvalidResponse.wrongShape(QuestionType.NUMERIC, response, "a number (Number)");
    }
    double number = given.number();
    if (!Double.isFinite(number)) {
      throw new InvalidResponse("The answer must be a finite number, not " + number + ".");
    }
    for (NumericAnswer answer : key.answers()) {
      if (Math.abs(number - answer.value()) <= answer.tolerance() + TOLERANCE_SLACK) {
        return Grade.of(
            QuestionGrader.clamp(answer.fraction()), List.of(answer.feedback()), general, true);
      }
    }
    return Grade.of(0, List.of(), general, true);
  }

  static Grade essay(Response response, FormattedText general) {
    String text = text(QuestionType.ESSAY, response, QuestionGrader.MAX_ESSAY_LENGTH);
    return Grade.needsGrading(general, !text.isBlank());
  }

  private static String text(QuestionType type, Response response, int maxLength) {
    if (!(response instanceof Response.Text typed)) {
      throw InvalidResponse.wrongShape(type, response, "a text (Text)");
    }
    String text = typed.text() == null ? "" : typed.text();
    if (text.length() > maxLength && text.codePointCount(0, text.length()) > maxLength) {
      throw new InvalidResponse(
          "The answer is longer than the " + maxLength + " characters allowed.");
    }
    return text;
  }
}
