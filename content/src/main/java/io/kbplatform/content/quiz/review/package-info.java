/**
 * Trainer review of quizzes: statistics computed from the attempt data on request (nothing cached),
 * for those who edit the quiz's space.
 */
package io.kbplatform.content.quiz.review;
