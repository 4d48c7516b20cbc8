package io.kbplatform.content.searchanalytics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Reports over recorded searches, per normalised query: the most frequent, those that found
 * nothing, and those whose hits are rarely clicked. Clicks count for the search they were made on,
 * whenever they happened. Only searches attributed to the range's spaces count, and every query is
 * masked again with the names known now (a colleague who joined after the search was recorded).
 */
@ApplicationScoped
public class SearchReports {

  /** Distinct searchers a query needs before it may be suggested to others. */
  public static final int DEFAULT_MIN_USERS = 3;

  private static final String SEARCHES = "SUM(e.firstPage)";
  private static final String CLICKED = "SUM(CASE WHEN e.clicks > 0 THEN 1 ELSE 0 END)";

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private KnownNames names;

  protected SearchReports() {}

  @Inject
  public SearchReports(KnownNames names) {
    this.names = names;
  }

  /** The most searched queries, most frequent first. */
  @Transactional
  public List<QueryStats> topQueries(ReportRange range, int limit) {
    return stats(range, "", SEARCHES + " >= 1", "searches DESC, e.query", limit);
  }

  /** Queries whose first page found nothing, most frequent first. */
  @Transactional
  public List<QueryStats> zeroResultQueries(ReportRange range, int limit) {
    return stats(
        range,
        " AND e.resultCount = 0 AND e.firstPage = 1",
        SEARCHES + " >= 1",
        "searches DESC, e.query",
        limit);
  }

  /**
   * Queries that found something but whose hits were rarely clicked: searched at least {@code
   * minSearches} times (counting only searches with results), lowest click-through first, then the
   * most frequent.
   */
  @Transactional
  public List<QueryStats> lowClickThroughQueries(ReportRange range, long minSearches, int limit) {
    return stats(
        range,
        " AND e.resultCount > 0",
        SEARCHES + " >= " + Math.max(1, minSearches),
        "ratio ASC, searches DESC, e.query",
        limit);
  }

  /**
   * Queries that found something since {@code from}, searched by at least {@code minUsers} distinct
   * users and holding no personal data, most popular first; for suggestions to others.
   */
  @Transactional
  public List<QueryStats> successfulQueries(Instant from, Instant to, int minUsers, int limit) {
    return stats(
        new ReportRange(from, to, null),
        " AND e.resultCount > 0 AND e.query <> '' AND e.personal = 0 AND e.searcher IS NOT NULL",
        SEARCHES + " >= 1 AND COUNT(DISTINCT e.searcher) >= " + Math.max(1, minUsers),
        "searches DESC, clicks DESC, e.query",
        limit);
  }

  private List<QueryStats> stats(
      ReportRange range, String condition, String having, String order, int limit) {
    if (range.noSpaces()) {
      return List.of();
    }
    String jpql =
        "SELECT e.query, "
            + SEARCHES
            + " AS searches, SUM(e.clicks) AS clicks, "
            + CLICKED
            + " AS clicked, SUM(CASE WHEN e.firstPage = 1 THEN e.resultCount ELSE 0 END),"
            + " SUM(CASE WHEN e.firstPage = 1 THEN e.latencyMs ELSE 0 END),"
            + " ("
            + CLICKED
            + " * 1.0 / NULLIF("
            + SEARCHES
            + ", 0)) AS ratio"
            + " FROM SearchEvent e WHERE e.occurredAt >= :from AND e.occurredAt < :to"
            + (range.role() == null ? "" : " AND e.role = :role")
            + (range.spaces() == null
                ? ""
                : " AND EXISTS (SELECT x.id FROM SearchEvent x JOIN x.spaces s"
                    + " WHERE x.id = e.id AND s IN :spaces)")
            + condition
            + " GROUP BY e.query HAVING "
            + having
            + " ORDER BY "
            + order;
    TypedQuery<Object[]> query =
        em.createQuery(jpql, Object[].class)
            .setParameter("from", range.from())
            .setParameter("to", range.to());
    if (range.role() != null) {
      query.setParameter("role", range.role());
    }
    if (range.spaces() != null) {
      query.setParameter("spaces", List.copyOf(range.spaces()));
    }
    PersonalData masker = names == null ? PersonalData.PATTERNS_ONLY : names.masker();
    return query.setMaxResults(limit).getResultList().stream()
        .map(
            row ->
                QueryStats.of(
                    masker.mask((String) row[0]),
                    number(row[1]),
                    number(row[2]),
                    number(row[3]),
                    number(row[4]),
                    number(row[5])))
        .toList();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
