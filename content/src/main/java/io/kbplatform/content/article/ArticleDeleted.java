package io.kbplatform.content.article;

/** Fired inside the transaction that deleted an article, before its rows are gone. */
public record ArticleDeleted(String articleId, String spaceKey) {}
