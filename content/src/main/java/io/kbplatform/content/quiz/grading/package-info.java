/**
 * Grades a learner's response to one question as Moodle grades its question type: the fraction of
 * the mark earned, the feedback that applies and whether the answer is complete ({@link
 * io.kbplatform.content.quiz.grading.QuestionGrader}), tampered responses refused ({@link
 * io.kbplatform.content.quiz.grading.InvalidResponse}), and the score a random guess would earn
 * ({@link io.kbplatform.content.quiz.grading.RandomGuessScore}). Pure functions over the values of
 * {@code quiz.question}: no persistence, no HTTP.
 */
package io.kbplatform.content.quiz.grading;
