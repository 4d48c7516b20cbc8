package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.kbplatform.search.cluster.ClusterUnavailable;
import io.kbplatform.search.index.ArticleIndex;
import java.io.IOException;

/**
 * Runs a read against the article index, turning its failures into what the REST layer answers:
 * unreachable cluster → {@link SearchUnavailableException} (503), a query the cluster refuses →
 * {@link SearchRejectedException} (400). A request that lost its index (deleted right after a
 * rebuild's alias swap) is tried once more.
 */
final class ClusterCalls {

  private ClusterCalls() {}

  static <T> T run(ArticleIndex index, Call<T> work) {
    try {
      index.ensureExists();
      try {
        return work.run();
      } catch (ElasticsearchException e) {
        if (!ClusterUnavailable.isMissingIndex(e)) {
          throw e;
        }
        // A rebuild swapped the alias and deleted the index this request had resolved: once more,
        // through the alias as it is now.
        index.forget();
        index.ensureExists();
        return work.run();
      }
    } catch (IOException e) {
      throw new SearchUnavailableException(e);
    } catch (ElasticsearchException e) {
      if (ClusterUnavailable.isMissingIndex(e)) {
        index.forget();
      }
      if (ClusterUnavailable.isCause(e)) {
        throw new SearchUnavailableException(e);
      }
      throw new SearchRejectedException(e);
    }
  }

  @FunctionalInterface
  interface Call<T> {
    T run() throws IOException;
  }
}
