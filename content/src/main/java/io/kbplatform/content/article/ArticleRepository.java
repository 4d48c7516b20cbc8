package io.kbplatform.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds and stores articles and their versions. */
@ApplicationScoped
public class ArticleRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Article> find(String id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  public Optional<ArticleVersion> findVersion(String articleId, int number) {
    return em.createQuery(
            "SELECT v FROM ArticleVersion v WHERE v.article.id = :id AND v.number = :number",
            ArticleVersion.class)
        .setParameter("id", articleId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  public void add(ArticleVersion version) {
    if (version.number() == 1) {
      em.persist(version.article());
    }
    em.persist(version);
  }
}
