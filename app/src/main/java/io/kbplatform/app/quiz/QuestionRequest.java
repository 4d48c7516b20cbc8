package io.kbplatform.app.quiz;

import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.quiz.bank.NewQuestion;
import io.kbplatform.content.quiz.question.QuestionJson;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * The body that adds or revises one question: where to file it and the question in the stored
 * document shape (type, name, text, generalFeedback, defaultMark, key; see docs/learning.md).
 */
public class QuestionRequest {

  /** The category's names from the top down; absent or empty: none. */
  public List<String> category;

  public Set<String> tags;

  @NotNull public JsonObject question;

  NewQuestion toNewQuestion() {
    try {
      return new NewQuestion(category, tags, QuestionJson.read(question.toString()));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("question: " + e.getMessage());
    }
  }
}
