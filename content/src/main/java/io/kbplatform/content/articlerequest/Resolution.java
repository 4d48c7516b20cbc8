package io.kbplatform.content.articlerequest;

/** How an editor closes a request: done or declined, a comment, the article that answers it. */
public record Resolution(ArticleRequestStatus status, String comment, String articleId) {}
