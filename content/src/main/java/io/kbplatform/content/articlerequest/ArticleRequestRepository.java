package io.kbplatform.content.articlerequest;

import io.kbplatform.content.common.paging.Keyset;
import io.kbplatform.content.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds, counts and stores article requests and the people who asked for them. */
@ApplicationScoped
public class ArticleRequestRepository {

  private static final Keyset BY_REQUEST = Keyset.newestFirst("r.requestedAt", "r.id");
  private static final Keyset BY_ASK = Keyset.newestFirst("a.askedAt", "r.id");
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
    List<String> ids = List.copyOf(requestIds);
    // The latest time is read from the latest asker rows, not as MAX(a.askedAt): an aggregate
    // comes back as the driver's own type (java.sql.Timestamp on PostgreSQL), not through the
    // column's InstantConverter.
    Map<String, Instant> last = new HashMap<>();
    em.createQuery(
            "SELECT a FROM ArticleRequestAsker a WHERE a.requestId IN :ids AND a.askedAt ="
                + " (SELECT MAX(b.askedAt) FROM ArticleRequestAsker b"
                + " WHERE b.requestId = a.requestId)",
            ArticleRequestAsker.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(a -> last.put(a.requestId(), a.askedAt()));
    Map<String, AskerCount> counts = new HashMap<>();
    em.createQuery(
            "SELECT a.requestId, COUNT(a) FROM ArticleRequestAsker a"
                + " WHERE a.requestId IN :ids GROUP BY a.requestId",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    (String) row[0],
                    new AskerCount(((Number) row[1]).longValue(), last.get((String) row[0]))));
    return counts;
  }

  /**
   * Requests newest first: of one space ({@code spaceKey}), or of the given spaces plus those for
   * every space ({@code spaceKeys}; any space when null); optionally in one status.
   */
  public List<ArticleRequest> list(
      String spaceKey, Set<String> spaceKeys, ArticleRequestStatus status, PageRequest page) {
    StringBuilder jpql = new StringBuilder("SELECT r FROM ArticleRequest r WHERE 1 = 1");
    if (spaceKey != null) {
      jpql.append(" AND r.spaceKey = :space");
    } else if (spaceKeys != null) {
      jpql.append(SPACES);
    }
    if (status != null) {
      jpql.append(" AND r.status = :status");
    }
    jpql.append(BY_REQUEST.after(page)).append(BY_REQUEST.orderBy());
    TypedQuery<ArticleRequest> query = em.createQuery(jpql.toString(), ArticleRequest.class);
    if (spaceKey != null) {
      query.setParameter("space", spaceKey);
    } else if (spaceKeys != null) {
      query.setParameter("spaces", keys(spaceKeys));
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return Keyset.bind(query, page).getResultList();
  }

  /**
   * A user's asks with their requests, newest ask first, of requests for every space or for one of
   * the given spaces (any space when null): each row is {@code [ArticleRequestAsker,
   * ArticleRequest]}.
   */
  public List<Object[]> asksOf(String username, Set<String> spaceKeys, PageRequest page) {
    String jpql =
        "SELECT a, r FROM ArticleRequestAsker a, ArticleRequest r"
            + " WHERE r.id = a.requestId AND a.username = :me"
            + (spaceKeys == null ? "" : SPACES)
            + BY_ASK.after(page)
            + BY_ASK.orderBy();
    TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("me", username);
    if (spaceKeys != null) {
      query.setParameter("spaces", keys(spaceKeys));
    }
    return Keyset.bind(query, page).getResultList();
  }

  private static List<String> keys(Set<String> spaceKeys) {
    return spaceKeys.isEmpty() ? List.of("") : List.copyOf(spaceKeys);
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
