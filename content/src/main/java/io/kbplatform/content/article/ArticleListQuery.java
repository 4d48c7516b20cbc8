package io.kbplatform.content.article;

import io.kbplatform.content.permission.ListScope;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL of one article list: the filter's conditions plus what the actor may see. In spaces the
 * actor edits it sees every article as it stands; elsewhere only published, live ones, as of their
 * publication, and restricted ones only as their owner, a member of one of their groups or an
 * administrator of the space.
 */
final class ArticleListQuery {

  private final ListScope scope;
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  ArticleListQuery(ListScope scope) {
    this.scope = scope;
    if (!scope.everything()) {
      visibleOnly();
    }
  }

  /**
   * When the actor last saw the article change: the last save in spaces it edits, the last
   * publication elsewhere (a reader's article has been published).
   */
  String seen() {
    if (scope.everything()) {
      return "a.updatedAt";
    }
    if (scope.editableSpaces().isEmpty()) {
      return "a.publishedAt";
    }
    return "CASE WHEN a.space.key IN :editable THEN a.updatedAt ELSE a.publishedAt END";
  }

  /**
   * Filters by status as the actor sees it: a reader sees every article it may read as PUBLISHED,
   * even one with a newer draft; false when no article can match.
   */
  boolean status(ArticleStatus status) {
    if (status == null) {
      return true;
    }
    if (scope.everything()) {
      where("a.status = :status", "status", status);
      return true;
    }
    boolean edits = !scope.editableSpaces().isEmpty();
    if (status == ArticleStatus.PUBLISHED) {
      if (edits) {
        where("(a.space.key NOT IN :editable OR a.status = :status)", "status", status);
      }
      return true;
    }
    if (!edits) {
      return false;
    }
    where("a.space.key IN :editable AND a.status = :status", "status", status);
    return true;
  }

  /** Adds a condition with its parameter, unless the value is null (no filter). */
  void where(String condition, String name, Object value) {
    if (value == null) {
      return;
    }
    where.append(" AND ").append(condition);
    parameters.put(name, value);
  }

  void parameter(String name, Object value) {
    parameters.put(name, value);
  }

  List<Article> run(EntityManager em, int limit) {
    var query =
        em.createQuery(
            "SELECT a, "
                + seen()
                + " AS seen FROM Article a WHERE 1 = 1"
                + where
                + " ORDER BY seen DESC, a.id",
            Object[].class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList().stream()
        .map(row -> (Article) row[0])
        .toList();
  }

  private void visibleOnly() {
    where("a.space.key IN :readable", "readable", scope.readableSpaces());
    if (!scope.editableSpaces().isEmpty()) {
      parameters.put("editable", scope.editableSpaces());
    }
    String live = "(a.publishedVersion IS NOT NULL AND a.status <> :archived)";
    parameters.put("archived", ArticleStatus.ARCHIVED);
    where
        .append(" AND ")
        .append(
            scope.editableSpaces().isEmpty() ? live : "(a.space.key IN :editable OR " + live + ")");
    StringBuilder admitted =
        new StringBuilder(
            "(NOT EXISTS (SELECT r.id FROM Article r JOIN r.restrictedTo g WHERE r.id = a.id)"
                + " OR a.owner = :me");
    parameters.put("me", scope.username());
    if (!scope.administeredSpaces().isEmpty()) {
      admitted.append(" OR a.space.key IN :administered");
      parameters.put("administered", scope.administeredSpaces());
    }
    if (!scope.groups().isEmpty()) {
      admitted.append(
          " OR EXISTS (SELECT r2.id FROM Article r2 JOIN r2.restrictedTo g2"
              + " WHERE r2.id = a.id AND g2 IN :groups)");
      parameters.put("groups", scope.groups());
    }
    where.append(" AND ").append(admitted).append(")");
  }
}
