package io.kbplatform.search.cluster;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.util.Set;

/**
 * Tells a cluster that cannot take a request right now (down, overloaded, blocked, missing its
 * index) from one that rejected the request itself. The first kind is retried for as long as it
 * takes; only the second kind may ever give up on a change.
 */
public final class ClusterUnavailable {

  private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429);
  private static final Set<String> TRANSIENT_ERRORS =
      Set.of(
          "cluster_block_exception",
          "index_not_found_exception",
          "es_rejected_execution_exception");

  private ClusterUnavailable() {}

  /** True when the failure says nothing about the request itself: retry later, forever. */
  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
      if (t instanceof ElasticsearchException es && isTransient(es)) {
        return true;
      }
    }
    return false;
  }

  /** True when the index (or its alias) is missing, so it must be created again. */
  public static boolean isMissingIndex(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ElasticsearchException es
          && "index_not_found_exception".equals(es.error().type())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTransient(ElasticsearchException es) {
    return es.status() >= 500
        || TRANSIENT_STATUSES.contains(es.status())
        || TRANSIENT_ERRORS.contains(es.error().type());
  }
}
