package io.kbplatform.content.quiz.question;

import java.util.List;
import java.util.Map;

/**
 * What a learner answered to one question: the shapes of {@code PUT
 * /api/attempts/{attemptId}/responses/{questionId}}. Which shape fits which type: {@link Choice}
 * for single choice, {@link Choices} for multiple choice, {@link TrueOrFalse}, {@link Text} for
 * short answer and essay, {@link Number} for numeric, {@link Pairs} for matching (item id to choice
 * id), {@link Order} for ordering (item ids).
 */
public sealed interface Response {

  record Choice(String choice) implements Response {}

  record Choices(List<String> choices) implements Response {
    public Choices {
      choices = List.copyOf(choices);
    }
  }

  record TrueOrFalse(boolean value) implements Response {}

  record Text(String text) implements Response {}

  record Number(double number) implements Response {}

  record Pairs(Map<String, String> pairs) implements Response {
    public Pairs {
      pairs = Map.copyOf(pairs);
    }
  }

  record Order(List<String> order) implements Response {
    public Order {
      order = List.copyOf(order);
    }
  }
}
