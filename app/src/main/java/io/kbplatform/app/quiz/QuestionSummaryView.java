package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.bank.StoredQuestion;
import java.util.List;

/** A question as lists and import results show it. */
public record QuestionSummaryView(
    String id, String name, String type, List<String> category, int version) {

  static QuestionSummaryView of(StoredQuestion stored) {
    String name = stored.content().name();
    if (name.isEmpty()) {
      String text = stored.content().text().text().strip().replaceAll("\\s+", " ");
      name = text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
    return new QuestionSummaryView(
        stored.id(), name, stored.content().type().name(), stored.category(), stored.version());
  }
}
