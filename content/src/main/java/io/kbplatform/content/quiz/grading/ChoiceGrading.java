package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.quiz.question.AnswerKey;
import io.kbplatform.content.quiz.question.Choice;
import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.QuestionType;
import io.kbplatform.content.quiz.question.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Grades the questions answered by choosing: single choice, multiple choice, true/false. */
final class ChoiceGrading {

  private ChoiceGrading() {}

  static Grade single(AnswerKey.Choices key, Response response, FormattedText general) {
    if (!(response instanceof Response.Choice chosen)) {
      throw InvalidResponse.wrongShape(QuestionType.SINGLE_CHOICE, response, "one option (Choice)");
    }
    if (chosen.choice() == null || chosen.choice().isBlank()) {
      return Grade.unanswered(general);
    }
    Choice option = option(key, chosen.choice());
    return Grade.of(
        QuestionGrader.clamp(option.fraction()), List.of(option.feedback()), general, true);
  }

  static Grade multiple(AnswerKey.Choices key, Response response, FormattedText general) {
    if (!(response instanceof Response.Choices chosen)) {
      throw InvalidResponse.wrongShape(
          QuestionType.MULTIPLE_CHOICE, response, "a list of options (Choices)");
    }
    if (chosen.choices().size() > key.options().size()) {
      throw new InvalidResponse(
          chosen.choices().size()
              + " options chosen, but the question has only "
              + key.options().size()
              + ".");
    }
    Set<String> ids = new HashSet<>();
    for (String id : chosen.choices()) {
      ids.add(option(key, id).id());
    }
    if (ids.isEmpty()) {
      return Grade.unanswered(general);
    }
    double sum = 0;
    List<FormattedText> feedback = new ArrayList<>();
    for (Choice option : key.options()) {
      if (ids.contains(option.id())) {
        sum += option.fraction();
        feedback.add(option.feedback());
      }
    }
    return Grade.of(QuestionGrader.clamp(sum), feedback, general, true);
  }

  static Grade trueFalse(AnswerKey.TrueFalse key, Response response, FormattedText general) {
    if (!(response instanceof Response.TrueOrFalse chosen)) {
      throw InvalidResponse.wrongShape(QuestionType.TRUE_FALSE, response, "true or false");
    }
    boolean value = chosen.value();
    FormattedText feedback = value ? key.feedbackIfTrue() : key.feedbackIfFalse();
    return Grade.of(value == key.answer() ? 1 : 0, List.of(feedback), general, true);
  }

  private static Choice option(AnswerKey.Choices key, String id) {
    return key.options().stream()
        .filter(option -> id.equals(option.id()))
        .findFirst()
        .orElseThrow(() -> new InvalidResponse("'" + id + "' is not an option of this question."));
  }
}
