package io.kbplatform.content.quiz.quizzes;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules of taking a quiz.
 *
 * @param attemptsAllowed how many attempts a learner may start; 0 for no limit
 * @param passMark the score (in marks, like the score) an attempt needs to pass; at most the quiz's
 *     total marks
 * @param timeLimit how long an attempt may take from its start; null for no limit
 * @param openAt from when it can be taken; null for at once
 * @param closeAt until when; null for no end (an attempt in progress ends then too)
 * @param shuffleQuestions whether each attempt shows the questions in its own order
 */
public record QuizRules(
    GradingMethod gradingMethod,
    int attemptsAllowed,
    double passMark,
    Duration timeLimit,
    Instant openAt,
    Instant closeAt,
    boolean shuffleQuestions) {}
