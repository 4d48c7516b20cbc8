/**
 * What a question is, independent of where it is stored: its type, text, answer key with Moodle's
 * fractions and feedback ({@link io.kbplatform.content.quiz.question.QuestionContent}), and what a
 * learner may answer ({@link io.kbplatform.content.quiz.question.Response}). Immutable values
 * shared by the question bank, import and export, grading and statistics.
 */
package io.kbplatform.content.quiz.question;
