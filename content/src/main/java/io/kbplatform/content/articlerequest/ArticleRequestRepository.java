package io.kbplatform.content.articlerequest;

import io.kbplatform.content.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds, counts and stores article requests and the people who asked for them. */
@ApplicationScoped
public class ArticleRequestRepository {

  private static final String SPACES = " AND (r.spaceKey IS NULL OR r.spaceKey IN :spaces)";

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  /** How many people asked for a request, and when the latest did. */
  public record AskerCount(long askers, Instant lastAskedAt) {}

  public Optional<ArticleRequest> find(String id) {
    return Optional.ofNullable(em.find(ArticleRequest.class, id));
  }

  /** The open request with this key ({@link ArticleRequest#openKey}). */
  public Optional<ArticleRequest> findOpen(String openKey) {
    return em.createQuery(
            "SELECT r FROM ArticleRequest r WHERE r.openKey = :k", ArticleRequest.class)
        .setParameter("k", openKey)
        .getResultStream()
        .findFirst();
  }

  /** A user's ask for a request. */
  public Optional<ArticleRequestAsker> ask(String requestId, String username) {
    return em.createQuery(
            "SELECT a FROM ArticleRequestAsker a WHERE a.requestId = :r AND a.username = :u",
            ArticleRequestAsker.class)
        .setParameter("r", requestId)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** Everyone who asked for a request, oldest first. */
  public List<ArticleRequestAsker> askers(String requestId) {
    return em.createQuery(
            "SELECT a FROM ArticleRequestAsker a WHERE a.requestId = :r"
                + " ORDER BY a.askedAt, a.username",
            ArticleRequestAsker.class)
        .setParameter("r", requestId)
        .getResultList();
  }

  /** The asker counts of the requests that have askers. */
  public Map<String, AskerCount> counts(Collection<String> requestIds) {
    if (requestIds.isEmpty()) {
      return Map.of();
    }
    Map<String, AskerCount> counts = new HashMap<>();
    em.createQuery(
            "SELECT a.requestId, COUNT(a), MAX(a.askedAt) FROM ArticleRequestAsker a"
                + " WHERE a.requestId IN :ids GROUP BY a.requestId",
            Object[].class)
        .setParameter("ids", List.copyOf(requestIds))
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    (String) row[0],
                    new AskerCount(
                        ((Number) row[1]).longValue(),
                        Timestamps.fromColumn((OffsetDateTime) row[2]))));
    return counts;
  }

  /**
   * Requests newest first: of one space ({@code spaceKey}), or of the given spaces plus those for
   * every space ({@code spaceKeys}; any space when null); optionally in one status.
   */
  public List<ArticleRequest> list(
      String spaceKey,
      Set<String> spaceKeys,
      ArticleRequestStatus status,
      ArticleRequestCursor after,
      int limit) {
    StringBuilder jpql = new StringBuilder("SELECT r FROM ArticleRequest r WHERE 1 = 1");
    if (spaceKey != null) {
      jpql.append(" AND r.spaceKey = :space");
    } else if (spaceKeys != null) {
      jpql.append(SPACES);
    }
    if (status != null) {
      jpql.append(" AND r.status = :status");
    }
    if (after != null) {
      jpql.append(
          " AND (r.requestedAt < :afterTime OR (r.requestedAt = :afterTime AND r.id > :afterId))");
    }
    jpql.append(" ORDER BY r.requestedAt DESC, r.id");
    TypedQuery<ArticleRequest> query = em.createQuery(jpql.toString(), ArticleRequest.class);
    if (spaceKey != null) {
      query.setParameter("space", spaceKey);
    } else if (spaceKeys != null) {
      query.setParameter("spaces", keys(spaceKeys));
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    afterAndLimit(query, after, limit);
    return query.getResultList();
  }

  /**
   * A user's asks with their requests, newest ask first, of requests for every space or for one of
   * the given spaces (any space when null): each row is {@code [ArticleRequestAsker,
   * ArticleRequest]}.
   */
  public List<Object[]> asksOf(
      String username, Set<String> spaceKeys, ArticleRequestCursor after, int limit) {
    String jpql =
        "SELECT a, r FROM ArticleRequestAsker a, ArticleRequest r"
            + " WHERE r.id = a.requestId AND a.username = :me"
            + (spaceKeys == null ? "" : SPACES)
            + (after == null
                ? ""
                : " AND (a.askedAt < :afterTime OR (a.askedAt = :afterTime AND r.id > :afterId))")
            + " ORDER BY a.askedAt DESC, r.id";
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("me", username);
    if (spaceKeys != null) {
      query.setParameter("spaces", keys(spaceKeys));
    }
    afterAndLimit(query, after, limit);
    return query.getResultList();
  }

  private static List<String> keys(Set<String> spaceKeys) {
    return spaceKeys.isEmpty() ? List.of("") : List.copyOf(spaceKeys);
  }

  private static void afterAndLimit(TypedQuery<?> query, ArticleRequestCursor after, int limit) {
    if (after != null) {
      query
          .setParameter("afterTime", Timestamps.toColumn(after.at()))
          .setParameter("afterId", after.id());
    }
    query.setMaxResults(limit);
  }

  public void add(ArticleRequest request) {
    em.persist(request);
  }

  public void add(ArticleRequestAsker asker) {
    em.persist(asker);
  }

  /**
   * Checks at commit that the request was not changed (resolved) meanwhile, so that nobody joins a
   * request that was just closed.
   */
  public void lockUnchanged(ArticleRequest request) {
    em.lock(request, LockModeType.OPTIMISTIC);
  }

  /** Writes pending changes now, so that the version a view shows is the stored one. */
  public void flush() {
    em.flush();
  }
}
