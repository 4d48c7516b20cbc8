package io.kbplatform.search.index;

import io.kbplatform.content.article.PublishedArticle;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds the index document of a published article: the one place where indexing (outbox, rebuild)
 * turns database content into what the index stores.
 */
@ApplicationScoped
public class ArticleDocuments {

  public ArticleDocument build(PublishedArticle article) {
    return ArticleDocument.of(article);
  }
}
