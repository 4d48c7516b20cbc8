package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.quiz.question.QuestionContent;
import java.util.List;
import java.util.Set;

/**
 * A question to add to a bank.
 *
 * @param category the names of its category from the top down (empty: no category); categories
 *     missing from the bank are created
 * @param tags its tags
 */
public record NewQuestion(List<String> category, Set<String> tags, QuestionContent content) {
  public NewQuestion {
    category = category == null ? List.of() : List.copyOf(category);
    tags = tags == null ? Set.of() : Set.copyOf(tags);
  }
}
