package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.quiz.question.QuestionType;
import io.kbplatform.content.quiz.question.Response;
import java.util.Locale;

/**
 * A response that cannot have come from the question as shown: the wrong shape for the question's
 * type, an option, item or choice this question does not have, an order that is not a rearrangement
 * of the items, a number that is not finite, or a text over its bound. Never graded; the client
 * sent something it should not have (a 400, not a wrong answer).
 */
public class InvalidResponse extends InvalidRequestException {

  private static final long serialVersionUID = 1L;

  public InvalidResponse(String message) {
    super(message);
  }

  static InvalidResponse wrongShape(QuestionType type, Response response, String expected) {
    return new InvalidResponse(
        "A "
            + describe(type)
            + " question is answered with "
            + expected
            + ", not with "
            + response.getClass().getSimpleName()
            + ".");
  }

  private static String describe(QuestionType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
