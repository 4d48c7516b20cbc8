package io.kbplatform.content.quiz.quizzes;

/** Whether learners can see a quiz. */
public enum QuizStatus {
  /** Being prepared: only those who edit the space see it. */
  DRAFT,
  /** Taken by learners and agents who read the space, within its availability window. */
  PUBLISHED
}
