package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.user.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search as the search endpoint reports it to {@link SearchLog}: what was typed (normalised and
 * masked when recorded), the facet filters, the order, how many hits matched, how long the search
 * took, the searcher's highest role (never their name), whether it was the first page (a next page
 * is not a new search) and when it happened (null: now).
 *
 * @param searcher a pseudonym of the searcher ({@link SearcherPseudonyms}), never the name: only
 *     the same user may click this search's hits, and popularity counts distinct searchers
 * @param hits the ids of the articles this page showed, in order: a click must name one of them
 * @param spaces the spaces the search is attributed to (those the searcher could search in): a
 *     report shows the query to administrators of these spaces only
 */
public record SearchRecord(
    String query,
    Map<String, List<String>> filters,
    String sort,
    long resultCount,
    long latencyMillis,
    String role,
    boolean firstPage,
    Instant at,
    String searcher,
    List<String> hits,
    Set<String> spaces) {

  /** The role recorded for a user without any. */
  public static final String NO_ROLE = "NONE";

  public SearchRecord {
    hits = hits == null ? List.of() : List.copyOf(hits);
    spaces = spaces == null ? Set.of() : Set.copyOf(spaces);
  }

  /** A search by nobody in particular, showing nothing, attributed to no space (for tests). */
  public SearchRecord(
      String query,
      Map<String, List<String>> filters,
      String sort,
      long resultCount,
      long latencyMillis,
      String role,
      boolean firstPage,
      Instant at) {
    this(query, filters, sort, resultCount, latencyMillis, role, firstPage, at, null, null, null);
  }

  /** The highest of the roles (ADMIN above TRAINER, AUTHOR, LEARNER, AGENT) as recorded. */
  public static String highestRole(Collection<Role> roles) {
    return roles.stream().max(Enum::compareTo).map(Role::name).orElse(NO_ROLE);
  }
}
