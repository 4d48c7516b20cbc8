package io.kbplatform.content.article;

import io.kbplatform.content.common.paging.Keyset;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.ListScope;
import io.kbplatform.content.user.Usernames;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JPQL of one part of an article list: the filter's conditions plus what the actor may see.
 * {@link Rows#EDITED}: the articles of the spaces the actor edits, as they stand, by their last
 * save. {@link Rows#READ}: the articles of the spaces it only reads, published and live ones only,
 * by their last publication, so that a draft neither shows nor moves them. In both, a restricted
 * article only for its owner, members of its groups and administrators of its space.
 */
final class ArticleListQuery {

  /** Which articles of the actor's list a query finds. */
  enum Rows {
    EDITED("a.updatedAt"),
    READ("a.publishedAt");

    /** The time the actor sees the article last changed, which orders the list. */
    final String time;

    Rows(String time) {
      this.time = time;
    }
  }

  private final ListScope scope;
  private final Rows rows;
  private final StringBuilder where = new StringBuilder();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private boolean empty;

  ArticleListQuery(ListScope scope, Rows rows) {
    this.scope = scope;
    this.rows = rows;
    if (!scope.everything()) {
      visibleOnly();
    }
  }

  /** The articles this query can find: those of every list, before the filter. */
  static boolean applies(ListScope scope, Rows rows) {
    if (rows == Rows.EDITED) {
      return scope.everything() || !scope.editableSpaces().isEmpty();
    }
    return !scope.everything() && !scope.readableSpaces().isEmpty();
  }

  ArticleListQuery filter(ArticleFilter filter, PageRequest page) {
    status(filter.status());
    where("a.space.key = :space", "space", filter.spaceKey());
    where("a.categoryId = :category", "category", filter.categoryId());
    // Names typed in any case or width find the account's articles (Usernames).
    where(
        "a.owner IN (SELECT u.username FROM UserAccount u WHERE u.canonicalUsername = :owner)",
        "owner",
        filter.owner() == null ? null : Usernames.canonical(filter.owner()));
    where(
        "a.createdBy IN (SELECT u.username FROM UserAccount u"
            + " WHERE u.canonicalUsername = :createdBy)",
        "createdBy",
        filter.createdBy() == null ? null : Usernames.canonical(filter.createdBy()));
    where("a.needsReview = :needsReview", "needsReview", filter.needsReview());
    if (filter.reviewDueBefore() != null) {
      where("a.reviewDueAt < :dueBefore", "dueBefore", filter.reviewDueBefore());
    }
    page.afterCursor()
        .ifPresent(
            after -> {
              where.append(" AND ").append(keyset().condition());
              parameters.putAll(Keyset.parameters(after));
            });
    return this;
  }

  /** Only these articles: a list's rows that name articles (feedback, requests) by id. */
  ArticleListQuery among(Collection<String> ids) {
    where("a.id IN :ids", "ids", List.copyOf(ids));
    return this;
  }

  List<Article> run(EntityManager em, int limit) {
    if (empty) {
      return List.of();
    }
    var query =
        em.createQuery(
            "SELECT a FROM Article a WHERE 1 = 1" + where + keyset().orderBy(), Article.class);
    parameters.forEach(query::setParameter);
    return query.setMaxResults(limit).getResultList();
  }

  private Keyset keyset() {
    return Keyset.newestFirst(rows.time, "a.id");
  }

  /**
   * Filters by status as the actor sees it: every article it only reads is PUBLISHED to it, even
   * one with a newer draft.
   */
  private void status(ArticleStatus status) {
    if (status == null) {
      return;
    }
    if (rows == Rows.EDITED) {
      where("a.status = :status", "status", status);
    } else if (status != ArticleStatus.PUBLISHED) {
      empty = true;
    }
  }

  /** Adds a condition with its parameter, unless the value is null (no filter). */
  private void where(String condition, String name, Object value) {
    if (value == null) {
      return;
    }
    where.append(" AND ").append(condition);
    parameters.put(name, value);
  }

  private void visibleOnly() {
    if (rows == Rows.EDITED) {
      where("a.space.key IN :editable", "editable", scope.editableSpaces());
    } else {
      where("a.space.key IN :readable", "readable", scope.readableSpaces());
      if (!scope.editableSpaces().isEmpty()) {
        where("a.space.key NOT IN :editable", "editable", scope.editableSpaces());
      }
      where(
          "a.publishedVersion IS NOT NULL AND a.status <> :archived",
          "archived",
          ArticleStatus.ARCHIVED);
    }
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
