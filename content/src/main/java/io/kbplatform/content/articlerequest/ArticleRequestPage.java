package io.kbplatform.content.articlerequest;

import java.util.List;
import java.util.Optional;

/** One page of requests, newest first, and where the next one starts, if there is one. */
public record ArticleRequestPage(List<ArticleRequestItem> items, ArticleRequestCursor next) {

  public ArticleRequestPage {
    items = List.copyOf(items);
  }

  public Optional<ArticleRequestCursor> nextCursor() {
    return Optional.ofNullable(next);
  }
}
