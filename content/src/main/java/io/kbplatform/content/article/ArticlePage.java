package io.kbplatform.content.article;

import java.util.List;
import java.util.Optional;

/** One page of an article list and where the next one starts, if there is one. */
public record ArticlePage(List<SeenArticle> articles, ArticleCursor next) {

  public Optional<ArticleCursor> nextCursor() {
    return Optional.ofNullable(next);
  }
}
