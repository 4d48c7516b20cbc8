package io.kbplatform.content.quiz.question;

/**
 * A choice of a matching question, as learners see it (right-hand side).
 *
 * @param id identifies the choice within its question version ({@code c1}, {@code c2}…)
 */
public record MatchChoice(String id, String text) {}
