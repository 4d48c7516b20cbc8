/**
 * Taking quizzes: an attempt shows each question in the version current when it started (options in
 * an order of its own), saves responses as they are given so that a learner can resume after a
 * disconnect, enforces the deadline by the server's clock only, and is graded on the server when
 * submitted. Learners only ever see their own attempts, and never an answer key.
 */
package io.kbplatform.content.quiz.attempt;
