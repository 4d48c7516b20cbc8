package io.kbplatform.content.article;

/**
 * Fired inside the transaction that published a version. {@code significant} asks readers who must
 * acknowledge the article to do so again.
 */
public record ArticlePublished(String articleId, int version, boolean significant, String by) {}
