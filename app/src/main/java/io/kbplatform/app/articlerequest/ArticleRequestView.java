package io.kbplatform.app.articlerequest;

import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.articlerequest.ArticleRequest;
import io.kbplatform.content.articlerequest.ArticleRequestItem;
import io.kbplatform.content.articlerequest.ArticleRequestStatus;
import java.time.Instant;
import java.util.List;

/**
 * One article request. {@code askers} counts the people who asked. Seen by an editor who handles
 * it: {@code requestedBy} and {@code note} are the first asker's, and reading one request also
 * lists everyone who asked ({@code askedBy}). Seen by an asker: {@code note} and {@code askedAt}
 * are the caller's own. {@code articleId} is left out unless the caller may read that article; in
 * lists, {@code articleTitle} is that article's title as the caller sees it.
 */
public record ArticleRequestView(
    String id,
    String query,
    String space,
    ArticleRequestStatus status,
    long askers,
    Instant requestedAt,
    Instant lastAskedAt,
    String requestedBy,
    String note,
    Instant askedAt,
    String resolvedBy,
    Instant resolvedAt,
    String comment,
    String articleId,
    long version,
    List<AskerView> askedBy,
    String articleTitle) {

  static ArticleRequestView of(ArticleRequestItem item) {
    return of(item, null);
  }

  /** The request with the title of its answering article, when the caller may read it. */
  static ArticleRequestView of(ArticleRequestItem item, SeenArticle article) {
    ArticleRequest r = item.request();
    boolean asker = item.seenAsAsker();
    return new ArticleRequestView(
        r.id(),
        r.query(),
        r.spaceKey().orElse(null),
        r.status(),
        item.askers(),
        r.requestedAt(),
        item.lastAskedAt(),
        asker ? null : r.requestedBy(),
        asker ? item.ownAsk().note().orElse(null) : r.note().orElse(null),
        asker ? item.ownAsk().askedAt() : null,
        r.resolvedBy().orElse(null),
        r.resolvedAt().orElse(null),
        r.comment().orElse(null),
        item.article().orElse(null),
        r.version(),
        item.askedBy() == null ? null : item.askedBy().stream().map(AskerView::of).toList(),
        article == null || item.article().isEmpty() ? null : article.title());
  }
}
