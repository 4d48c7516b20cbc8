package io.kbplatform.search.indexing;

import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleDocuments;

/** Documents without signals or embedded passages: what the indexer decides does not need them. */
final class PlainDocuments extends ArticleDocuments {

  @Override
  public ArticleDocument build(PublishedArticle article) {
    return ArticleDocument.of(article);
  }
}
