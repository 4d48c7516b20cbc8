package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.user.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One search as the search endpoint reports it to {@link SearchLog}: what was typed (normalised and
 * masked when recorded), the facet filters, the order, how many hits matched, how long the search
 * took, the searcher's highest role (never their name), whether it was the first page (a next page
 * is not a new search) and when it happened (null: now).
 */
public record SearchRecord(
    String query,
    Map<String, List<String>> filters,
    String sort,
    long resultCount,
    long latencyMillis,
    String role,
    boolean firstPage,
    Instant at) {

  /** The role recorded for a user without any. */
  public static final String NO_ROLE = "NONE";

  /** The highest of the roles (ADMIN above TRAINER, AUTHOR, LEARNER, AGENT) as recorded. */
  public static String highestRole(Collection<Role> roles) {
    return roles.stream().max(Enum::compareTo).map(Role::name).orElse(NO_ROLE);
  }
}
