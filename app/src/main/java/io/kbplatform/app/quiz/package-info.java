/**
 * Quizzes over HTTP: question banks and their questions ({@code /api/question-banks}, {@code
 * /api/questions}), with GIFT and Aiken import.
 */
package io.kbplatform.app.quiz;
