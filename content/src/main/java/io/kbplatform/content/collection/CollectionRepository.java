package io.kbplatform.content.collection;

import io.kbplatform.content.article.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds collections and their sections. */
@ApplicationScoped
public class CollectionRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  /** The collection an import of this file made in the space before, if any. */
  public Optional<Article> importedFrom(String spaceKey, String source) {
    return em
        .createQuery(
            "SELECT a FROM Article a WHERE a.space.key = :space AND a.importSource = :source"
                + " ORDER BY a.createdAt DESC",
            Article.class)
        .setParameter("space", spaceKey)
        .setParameter("source", source)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The sections of a collection, in order. */
  public List<Article> sections(String collectionId) {
    return em.createQuery(
            "SELECT a FROM Article a WHERE a.collectionId = :collection"
                + " ORDER BY a.collectionPosition, a.id",
            Article.class)
        .setParameter("collection", collectionId)
        .getResultList();
  }

  /**
   * Writes pending rows now: sections and their collection are inserted before they are linked, as
   * the link is a foreign key and new rows are inserted in the order they were created.
   */
  public void flush() {
    em.flush();
  }

  public Optional<Article> article(String id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }
}
