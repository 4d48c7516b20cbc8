package io.kbplatform.search.cluster;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;

/** Tells a cluster that cannot be reached from a request it rejected. */
public final class ClusterUnavailable {

  private ClusterUnavailable() {}

  /** True when the failure says nothing about the request itself: retry later, forever. */
  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
      if (t instanceof ElasticsearchException es && es.status() >= 500) {
        return true;
      }
    }
    return false;
  }
}
