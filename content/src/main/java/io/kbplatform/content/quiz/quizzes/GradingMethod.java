package io.kbplatform.content.quiz.quizzes;

import java.util.List;
import java.util.OptionalDouble;

/** How a learner's attempts make the quiz grade (Moodle's "grading method"). */
public enum GradingMethod {
  HIGHEST,
  LAST,
  AVERAGE,
  FIRST;

  /** The grade of finished attempts' scores, oldest first; empty without any. */
  public OptionalDouble combine(List<Double> scoresOldestFirst) {
    if (scoresOldestFirst.isEmpty()) {
      return OptionalDouble.empty();
    }
    return switch (this) {
      case HIGHEST -> scoresOldestFirst.stream().mapToDouble(Double::doubleValue).max();
      case LAST -> OptionalDouble.of(scoresOldestFirst.get(scoresOldestFirst.size() - 1));
      case AVERAGE -> scoresOldestFirst.stream().mapToDouble(Double::doubleValue).average();
      case FIRST -> OptionalDouble.of(scoresOldestFirst.get(0));
    };
  }
}
