package io.kbplatform.search.indexing;

import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.article.PublishedArticles;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The published articles the database holds, in a map; the database can be taken down. */
final class InMemoryPublishedArticles extends PublishedArticles {

  final Map<String, PublishedArticle> byId = new HashMap<>();
  boolean databaseDown;

  @Override
  public Optional<PublishedArticle> find(String id) {
    if (databaseDown) {
      throw new PersistenceException("Connection refused");
    }
    return Optional.ofNullable(byId.get(id));
  }
}
