/**
 * Quizzes: questions of a space's banks in order, each worth a mark, with the rules of taking them
 * (attempts allowed, grading method, pass mark, time limit, availability window). Drafts are seen
 * by those who edit the space; published, open quizzes are taken by learners and agents who read
 * it.
 */
package io.kbplatform.content.quiz.quizzes;
