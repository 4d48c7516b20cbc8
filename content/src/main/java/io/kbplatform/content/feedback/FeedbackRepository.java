package io.kbplatform.content.feedback;

import io.kbplatform.content.common.paging.Keyset;
import io.kbplatform.content.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds, counts and stores feedback. */
@ApplicationScoped
public class FeedbackRepository {

  private static final String ITEM = "(f.kind = :flag OR f.comment IS NOT NULL)";
  private static final Keyset NEWEST_FIRST = Keyset.newestFirst("f.createdAt", "f.id");

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  public Optional<Feedback> find(String id) {
    return Optional.ofNullable(em.find(Feedback.class, id));
  }

  /** The user's current vote on a version of an article. */
  public Optional<Feedback> currentVote(String articleId, int version, String username) {
    return em.createQuery(
            "SELECT f FROM Feedback f WHERE f.articleId = :a AND f.articleVersion = :v"
                + " AND f.voter = :u",
            Feedback.class)
        .setParameter("a", articleId)
        .setParameter("v", version)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** Current helpful and not helpful votes of each article that has any, over all its versions. */
  public Map<String, HelpfulVotes> votes(Collection<String> articleIds) {
    Map<String, long[]> counts = new HashMap<>();
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT f.articleId, f.kind, COUNT(f) FROM Feedback f WHERE f.articleId IN :ids"
                    + " AND f.voter IS NOT NULL AND f.kind <> :flag GROUP BY f.articleId, f.kind",
                Object[].class)
            .setParameter("ids", articleIds)
            .setParameter("flag", FeedbackKind.FLAG)
            .getResultList();
    for (Object[] row : rows) {
      long[] pair = counts.computeIfAbsent((String) row[0], id -> new long[2]);
      pair[row[1] == FeedbackKind.HELPFUL ? 0 : 1] += ((Number) row[2]).longValue();
    }
    Map<String, HelpfulVotes> votes = new HashMap<>();
    counts.forEach((id, pair) -> votes.put(id, new HelpfulVotes(pair[0], pair[1])));
    return votes;
  }

  public FeedbackSummary summarise(String articleId) {
    long helpful = 0;
    long notHelpful = 0;
    long flags = 0;
    Map<FeedbackReason, Long> reasons = new EnumMap<>(FeedbackReason.class);
    List<Object[]> rows =
        em.createQuery(
                "SELECT f.kind, f.reason, COUNT(f) FROM Feedback f WHERE f.articleId = :a"
                    + " AND (f.voter IS NOT NULL OR f.kind = :flag) GROUP BY f.kind, f.reason",
                Object[].class)
            .setParameter("a", articleId)
            .setParameter("flag", FeedbackKind.FLAG)
            .getResultList();
    for (Object[] row : rows) {
      long count = ((Number) row[2]).longValue();
      switch ((FeedbackKind) row[0]) {
        case HELPFUL -> helpful += count;
        case NOT_HELPFUL -> notHelpful += count;
        case FLAG -> flags += count;
      }
      if (row[1] != null) {
        reasons.merge((FeedbackReason) row[1], count, Long::sum);
      }
    }
    long open =
        em.createQuery(
                "SELECT COUNT(f) FROM Feedback f WHERE f.articleId = :a AND f.state <> :resolved"
                    + " AND "
                    + ITEM,
                Long.class)
            .setParameter("a", articleId)
            .setParameter("resolved", FeedbackState.RESOLVED)
            .setParameter("flag", FeedbackKind.FLAG)
            .getSingleResult();
    return new FeedbackSummary(articleId, helpful, notHelpful, flags, open, reasons);
  }

  /**
   * Flags and comments, newest first, on articles the user owns or in the given spaces (any space
   * when {@code spaceKeys} is null), optionally in one state.
   */
  public List<Feedback> inbox(
      String username, Set<String> spaceKeys, FeedbackState state, PageRequest page) {
    StringBuilder jpql =
        new StringBuilder("SELECT f FROM Feedback f, Article a WHERE a.id = f.articleId AND ")
            .append(ITEM);
    if (spaceKeys != null) {
      jpql.append(" AND (a.owner = :me OR a.space.key IN :spaces)");
    }
    if (state != null) {
      jpql.append(" AND f.state = :state");
    }
    jpql.append(NEWEST_FIRST.after(page)).append(NEWEST_FIRST.orderBy());
    TypedQuery<Feedback> query =
        em.createQuery(jpql.toString(), Feedback.class).setParameter("flag", FeedbackKind.FLAG);
    if (spaceKeys != null) {
      query
          .setParameter("me", username)
          .setParameter("spaces", spaceKeys.isEmpty() ? List.of("") : List.copyOf(spaceKeys));
    }
    if (state != null) {
      query.setParameter("state", state);
    }
    return Keyset.bind(query, page).getResultList();
  }

  /** Everything a user gave that still stands (current votes and items), newest first. */
  public List<Feedback> byReporter(String username, PageRequest page) {
    String jpql =
        "SELECT f FROM Feedback f WHERE f.reporter = :me AND (f.voter IS NOT NULL OR "
            + ITEM
            + ")"
            + NEWEST_FIRST.after(page)
            + NEWEST_FIRST.orderBy();
    TypedQuery<Feedback> query =
        em.createQuery(jpql, Feedback.class)
            .setParameter("me", username)
            .setParameter("flag", FeedbackKind.FLAG);
    return Keyset.bind(query, page).getResultList();
  }

  public void add(Feedback feedback) {
    em.persist(feedback);
  }

  public void remove(Feedback feedback) {
    em.remove(feedback);
  }

  /** Writes pending changes now, so that a replaced vote is out of the way of its successor. */
  public void flush() {
    em.flush();
  }
}
