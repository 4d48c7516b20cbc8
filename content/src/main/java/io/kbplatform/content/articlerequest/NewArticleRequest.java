package io.kbplatform.content.articlerequest;

/** What an asker sends: the query that found nothing, a note, and the space searched (or null). */
public record NewArticleRequest(String query, String note, String spaceKey) {}
