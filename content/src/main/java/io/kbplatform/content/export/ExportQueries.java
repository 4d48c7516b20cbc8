package io.kbplatform.content.export;

import io.kbplatform.content.article.Article;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reads what an export needs: the articles of a space, then each body on its own. */
@ApplicationScoped
public class ExportQueries {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public List<Article> inSpace(String spaceKey) {
    return em.createQuery(
            "SELECT a FROM Article a WHERE a.space.key = :key ORDER BY a.createdAt, a.id",
            Article.class)
        .setParameter("key", spaceKey)
        .getResultList();
  }

  /** The body of an article's latest version, read while the ZIP is being written. */
  @Transactional
  public String latestBody(String articleId) {
    return em.createQuery("SELECT a.body FROM Article a WHERE a.id = :id", String.class)
        .setParameter("id", articleId)
        .getResultStream()
        .findFirst()
        .orElse("");
  }
}
