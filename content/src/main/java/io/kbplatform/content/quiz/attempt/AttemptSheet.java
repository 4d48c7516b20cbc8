package io.kbplatform.content.quiz.attempt;

import java.util.List;

/**
 * An attempt as its learner sees it: the attempt, the quiz's title and pass mark, and its questions
 * in the attempt's order.
 *
 * @param awaitingGrading how many of its questions a trainer still has to grade (essays)
 * @param resumed whether starting returned an attempt already in progress
 */
public record AttemptSheet(
    QuizAttempt attempt,
    String quizTitle,
    double passMark,
    List<ShownQuestion> questions,
    int awaitingGrading,
    boolean resumed) {

  /** Whether the attempt passed: null while in progress or while a trainer still grades. */
  public Boolean passed() {
    if (attempt.score() == null || awaitingGrading > 0) {
      return null;
    }
    return attempt.score() >= passMark - 1e-9;
  }
}
