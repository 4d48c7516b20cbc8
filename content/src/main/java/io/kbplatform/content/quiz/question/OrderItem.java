package io.kbplatform.content.quiz.question;

/**
 * An item of an ordering question.
 *
 * @param id identifies the item within its question version
 */
public record OrderItem(String id, FormattedText text) {}
