package io.kbplatform.content.article;

/**
 * Fired in the transaction that saved a new version of an article: what belongs to a version
 * besides its text (its attachments) carries over from {@code basedOn}, the previous version for an
 * edit or the old one for a restore.
 */
public record ArticleVersionSaved(String articleId, int number, int basedOn) {}
