package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.question.QuestionContent;
import java.util.List;
import java.util.Objects;

/**
 * A question with the category it belongs to, as exchanged in a file.
 *
 * @param category the category path from the top ({@code ["Products", "Broadband"]}); empty for
 *     none
 */
public record CategorizedQuestion(List<String> category, QuestionContent content) {
  public CategorizedQuestion {
    category = List.copyOf(category);
    Objects.requireNonNull(content, "content");
  }
}
