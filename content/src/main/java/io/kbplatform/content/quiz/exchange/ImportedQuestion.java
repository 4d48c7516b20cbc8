package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.question.QuestionContent;
import java.util.List;

/**
 * A question read from a file.
 *
 * @param line the 1-based line where the question starts (its name or first text line)
 * @param category the category path in force there ({@code $CATEGORY:} in GIFT); empty for none
 */
public record ImportedQuestion(int line, List<String> category, QuestionContent content) {
  public ImportedQuestion {
    category = List.copyOf(category);
  }

  /** The question and its category, as a writer takes them. */
  public CategorizedQuestion categorized() {
    return new CategorizedQuestion(category, content);
  }
}
