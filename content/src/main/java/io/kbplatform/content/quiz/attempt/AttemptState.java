package io.kbplatform.content.quiz.attempt;

/** Where an attempt stands. */
public enum AttemptState {
  /** Being answered; responses can still change until the deadline. */
  IN_PROGRESS,
  /** Submitted (or closed at its deadline) and graded, but for essays a trainer still grades. */
  FINISHED
}
