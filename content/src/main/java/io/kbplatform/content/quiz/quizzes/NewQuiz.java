package io.kbplatform.content.quiz.quizzes;

import java.util.List;

/**
 * A quiz to create or the new state of one.
 *
 * @param questions the ids of bank questions in the order of the quiz (each once)
 * @param marks what each is worth, in the same order; null for each question's default mark
 */
public record NewQuiz(
    String spaceKey,
    String title,
    String description,
    List<String> questions,
    List<Double> marks,
    QuizRules rules) {
  public NewQuiz {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }
}
