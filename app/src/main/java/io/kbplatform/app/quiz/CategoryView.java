package io.kbplatform.app.quiz;

import io.kbplatform.content.quiz.bank.QuestionCategory;
import java.util.List;

/** A category of a bank: its names from the top down, and its parent. */
public record CategoryView(String id, String parentId, String name, List<String> path) {

  static CategoryView of(QuestionCategory category) {
    return new CategoryView(category.id(), category.parentId(), category.name(), category.names());
  }
}
