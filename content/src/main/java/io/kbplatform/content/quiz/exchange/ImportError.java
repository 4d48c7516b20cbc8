package io.kbplatform.content.quiz.exchange;

/**
 * Why a question of a file could not be imported.
 *
 * @param line the 1-based line of the file where the problem is (the offending answer or brace
 *     where known, else where the question starts)
 * @param message what is wrong, in words a trainer can act on
 */
public record ImportError(int line, String message) {}
