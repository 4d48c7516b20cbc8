package io.kbplatform.content.quiz.question;

/**
 * An item of a matching question and its correct choice.
 *
 * @param id identifies the item within its question version
 * @param item what is to be matched (left)
 * @param right the correct choice's text
 */
public record MatchPair(String id, FormattedText item, String right) {}
