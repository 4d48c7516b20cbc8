package io.kbplatform.content.article;

import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.ListScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds and stores articles and their versions. */
@ApplicationScoped
public class ArticleRepository {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject Event<ArticleVersionSaved> versionSaved;

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
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * A page of articles that match the filter and that the scope lets the actor see, most recently
   * changed first as the actor sees them: editors by the last save, readers by the last
   * publication, so that a draft neither shows nor moves an article in a reader's list. Visibility
   * is filtered here, in the query, so pages are full and cursors exact.
   */
  public List<Article> list(ArticleFilter filter, ListScope scope, PageRequest page) {
    int limit = page.fetchSize();
    List<Article> found = new ArrayList<>();
    for (ArticleListQuery.Rows rows : ArticleListQuery.Rows.values()) {
      if (ArticleListQuery.applies(scope, rows)) {
        found.addAll(new ArticleListQuery(scope, rows).filter(filter, page).run(em, limit));
      }
    }
    // Two ordered parts, each cut at the limit after the same cursor: merged, their first rows
    // are the first rows of the whole list.
    found.sort(
        Comparator.comparing(
                (Article a) -> SeenArticle.changedAt(a, scope.editsIn(a.space().key())),
                Comparator.reverseOrder())
            .thenComparing(Article::id));
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  /**
   * Those of the given articles that the scope lets the actor see in lists, in one query per part
   * of the list: what a list that names articles by id may show of them.
   */
  public List<Article> visibleAmong(ListScope scope, Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    List<Article> found = new ArrayList<>();
    for (ArticleListQuery.Rows rows : ArticleListQuery.Rows.values()) {
      if (ArticleListQuery.applies(scope, rows)) {
        found.addAll(
            new ArticleListQuery(scope, rows)
                .among(articleIds)
                .filter(ArticleFilter.all(), new PageRequest(null, articleIds.size()))
                .run(em, articleIds.size()));
      }
    }
    return found;
  }

  /** The titles of the published versions of the given articles, by article id. */
  public Map<String, String> publishedTitles(Collection<String> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> titles = new HashMap<>();
    em.createQuery(
            "SELECT v.article.id, v.title FROM ArticleVersion v"
                + " WHERE v.article.id IN :ids AND v.number = v.article.publishedVersion",
            Object[].class)
        .setParameter("ids", articleIds)
        .getResultList()
        .forEach(row -> titles.put((String) row[0], (String) row[1]));
    return titles;
  }

  public void add(ArticleVersion first) {
    em.persist(first.article());
    em.persist(first);
  }

  /** Adds the next version, which keeps what the previous version held besides its text. */
  public void addVersion(ArticleVersion version) {
    addVersion(version, version.number() - 1);
  }

  /** Adds a new version whose attachments are those of version {@code basedOn}. */
  public void addVersion(ArticleVersion version, int basedOn) {
    em.persist(version);
    versionSaved.fire(new ArticleVersionSaved(version.article().id(), version.number(), basedOn));
  }

  public void remove(Article article) {
    em.createQuery("DELETE FROM ArticleVersion v WHERE v.article = :a")
        .setParameter("a", article)
        .executeUpdate();
    em.remove(article);
  }
}
