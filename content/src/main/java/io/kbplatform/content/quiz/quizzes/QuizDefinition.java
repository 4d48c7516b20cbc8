package io.kbplatform.content.quiz.quizzes;

import java.util.List;

/** A quiz with its slots in order, as those who edit its space read it. */
public record QuizDefinition(Quiz quiz, List<QuizSlot> slots) {

  /** What the whole quiz is worth: the sum of its slots' marks. */
  public double totalMarks() {
    return slots.stream().mapToDouble(QuizSlot::mark).sum();
  }
}
