package io.kbplatform.search.index;

import io.kbplatform.content.article.PublishedArticle;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the index document of a published article: the one place where indexing (outbox, rebuild)
 * turns database content into what the index stores.
 */
@ApplicationScoped
public class ArticleDocuments {

  public ArticleDocument build(PublishedArticle article) {
    return ArticleDocument.of(article);
  }

  /** The documents of many articles, in order (a rebuild's batch). */
  public List<ArticleDocument> buildAll(List<PublishedArticle> articles) {
    List<ArticleDocument> built = new ArrayList<>(articles.size());
    for (PublishedArticle article : articles) {
      built.add(build(article));
    }
    return built;
  }
}
