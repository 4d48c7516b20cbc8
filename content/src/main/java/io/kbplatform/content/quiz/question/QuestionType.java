package io.kbplatform.content.quiz.question;

/** The kinds of question, each graded as Moodle grades its counterpart. */
public enum QuestionType {
  /** One option is chosen; it scores its own fraction (Moodle multichoice, single). */
  SINGLE_CHOICE,
  /** Several options may be chosen; their fractions add up, floored at 0 and capped at 1. */
  MULTIPLE_CHOICE,
  /** True or false: full marks or none. */
  TRUE_FALSE,
  /** A typed answer compared with accepted answers (wildcard {@code *}), each with a fraction. */
  SHORT_ANSWER,
  /** A number within a tolerance (or a range) of accepted values, each with a fraction. */
  NUMERIC,
  /** Each item is paired with a choice; correct pairs / pairs. Extra choices may be distractors. */
  MATCHING,
  /** Items put in order; items in their correct position / items. */
  ORDERING,
  /** A written answer graded by a trainer, with a comment. */
  ESSAY;

  /** Whether a trainer grades it by hand (no automatic grade). */
  public boolean gradedByHand() {
    return this == ESSAY;
  }
}
