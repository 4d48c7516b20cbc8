package io.kbplatform.content.article;

import io.kbplatform.content.user.Usernames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
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

  /** Every version of an article, newest first. */
  public List<ArticleVersion> versions(String articleId) {
    return em.createQuery(
            "SELECT v FROM ArticleVersion v WHERE v.article.id = :id ORDER BY v.number DESC",
            ArticleVersion.class)
        .setParameter("id", articleId)
        .getResultList();
  }

  public List<String> publishedIds() {
    return em.createQuery(
            "SELECT a.id FROM Article a WHERE a.publishedVersion IS NOT NULL ORDER BY a.id",
            String.class)
        .getResultList();
  }

  /**
   * The published versions of the given articles with their articles, in few queries: one for
   * versions joined with articles and spaces, one per collection (tags, restrictions) for the
   * batch.
   */
  public List<ArticleVersion> publishedVersions(Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT v FROM ArticleVersion v JOIN FETCH v.article a"
                + " WHERE a.id IN :ids AND v.number = a.publishedVersion",
            ArticleVersion.class)
        .setParameter("ids", articleIds)
        .setHint("eclipselink.join-fetch", "v.article.space")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "v.tags")
        .setHint("eclipselink.batch", "v.article.tags")
        .setHint("eclipselink.batch", "v.article.restrictedTo")
        .getResultList();
  }

  /** Id, published version and status of every article with a published version. */
  public List<Object[]> publishedStates() {
    return em.createQuery(
            "SELECT a.id, a.publishedVersion, a.status FROM Article a"
                + " WHERE a.publishedVersion IS NOT NULL",
            Object[].class)
        .getResultList();
  }

  public List<String> publishedIdsInSpace(String spaceKey) {
    return em.createQuery(
            "SELECT a.id FROM Article a WHERE a.publishedVersion IS NOT NULL"
                + " AND a.space.key = :key",
            String.class)
        .setParameter("key", spaceKey)
        .getResultList();
  }

  /** Published articles whose review date has passed and that are not yet marked. */
  public List<Article> lapsed(Instant now, int limit) {
    return em.createQuery(
            "SELECT a FROM Article a WHERE a.needsReview = false AND a.reviewDueAt <= :now"
                + " ORDER BY a.reviewDueAt",
            Article.class)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultList();
  }

  /** A page of articles matching a filter, most recently updated first. */
  public List<Article> list(ArticleFilter filter, ArticleCursor after, int limit) {
    StringBuilder jpql = new StringBuilder("SELECT a FROM Article a WHERE 1 = 1");
    if (filter.spaceKey() != null) {
      jpql.append(" AND a.space.key = :space");
    }
    if (filter.categoryId() != null) {
      jpql.append(" AND a.categoryId = :category");
    }
    if (filter.status() != null) {
      jpql.append(" AND a.status = :status");
    }
    if (filter.owner() != null) {
      // Names typed in any case or width find the account's articles (Usernames).
      jpql.append(" AND a.owner IN (SELECT u.username FROM UserAccount u")
          .append(" WHERE u.canonicalUsername = :owner)");
    }
    if (filter.createdBy() != null) {
      jpql.append(" AND a.createdBy IN (SELECT u.username FROM UserAccount u")
          .append(" WHERE u.canonicalUsername = :createdBy)");
    }
    if (filter.needsReview() != null) {
      jpql.append(" AND a.needsReview = :needsReview");
    }
    if (filter.reviewDueBefore() != null) {
      jpql.append(" AND a.reviewDueAt < :dueBefore");
    }
    if (after != null) {
      jpql.append(
          " AND (a.updatedAt < :afterTime OR (a.updatedAt = :afterTime AND a.id > :afterId))");
    }
    var query =
        em.createQuery(jpql.append(" ORDER BY a.updatedAt DESC, a.id").toString(), Article.class);
    if (filter.spaceKey() != null) {
      query.setParameter("space", filter.spaceKey());
    }
    if (filter.categoryId() != null) {
      query.setParameter("category", filter.categoryId());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.owner() != null) {
      query.setParameter("owner", Usernames.canonical(filter.owner()));
    }
    if (filter.createdBy() != null) {
      query.setParameter("createdBy", Usernames.canonical(filter.createdBy()));
    }
    if (filter.needsReview() != null) {
      query.setParameter("needsReview", filter.needsReview());
    }
    if (filter.reviewDueBefore() != null) {
      query.setParameter("dueBefore", filter.reviewDueBefore().atOffset(ZoneOffset.UTC));
    }
    if (after != null) {
      query.setParameter("afterTime", after.updatedAt().atOffset(ZoneOffset.UTC));
      query.setParameter("afterId", after.id());
    }
    return query.setMaxResults(limit).getResultList();
  }

  public void add(ArticleVersion first) {
    em.persist(first.article());
    em.persist(first);
  }

  public void addVersion(ArticleVersion version) {
    em.persist(version);
  }

  public void remove(Article article) {
    em.createQuery("DELETE FROM ArticleVersion v WHERE v.article = :a")
        .setParameter("a", article)
        .executeUpdate();
    em.remove(article);
  }
}
