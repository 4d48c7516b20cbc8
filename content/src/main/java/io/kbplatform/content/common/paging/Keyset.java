package io.kbplatform.content.common.paging;

import jakarta.persistence.Query;
import java.util.Map;

/**
 * The JPQL of a keyset page over a list ordered newest first by a time, ties broken by id: the
 * condition that starts after a cursor, the order, and the parameters. One place, so every list
 * pages the same way.
 *
 * @param time the path of the time the list is ordered by, e.g. {@code f.createdAt}
 * @param id the path of the id that breaks ties, e.g. {@code f.id}
 */
public record Keyset(String time, String id) {

  private static final String AFTER_TIME = "afterTime";
  private static final String AFTER_ID = "afterId";

  /** A list newest first by {@code time}, then by {@code id}. */
  public static Keyset newestFirst(String time, String id) {
    return new Keyset(time, id);
  }

  /** The condition for rows after the cursor, starting with AND; empty on the first page. */
  public String after(PageRequest page) {
    return page.after() == null ? "" : " AND " + condition();
  }

  /** The condition for rows after a cursor, without a leading AND. */
  public String condition() {
    return "(%1$s < :%3$s OR (%1$s = :%3$s AND %2$s > :%4$s))"
        .formatted(time, id, AFTER_TIME, AFTER_ID);
  }

  /** The ORDER BY clause, with a leading space. */
  public String orderBy() {
    return " ORDER BY " + time + " DESC, " + id;
  }

  /** The values of {@link #condition()}'s parameters for a cursor. */
  public static Map<String, Object> parameters(Cursor after) {
    return Map.of(AFTER_TIME, after.at(), AFTER_ID, after.id());
  }

  /** Binds the cursor (if any) and reads one row more than the page shows. */
  public static <Q extends Query> Q bind(Q query, PageRequest page) {
    page.afterCursor().ifPresent(after -> parameters(after).forEach(query::setParameter));
    query.setMaxResults(page.fetchSize());
    return query;
  }
}
