package io.kbplatform.content.articlerequest;

/**
 * The outcome of asking: the request as the asker sees it, and whether this ask was recorded now
 * ({@code false} when the asker had already asked for the same open request).
 */
public record Asked(ArticleRequestItem item, boolean recorded) {}
