package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.kbplatform.search.cluster.ClusterUnavailable;
import io.kbplatform.search.index.ArticleIndex;
import java.io.IOException;

/**
 * Runs a read against the article index, turning its failures into what the REST layer answers:
 * unreachable cluster → {@link SearchUnavailableException} (503), a query the cluster refuses →
 * {@link SearchRejectedException} (400). A missing index is prepared again on the next call.
 */
final class ClusterCalls {

  private ClusterCalls() {}

  static <T> T run(ArticleIndex index, Call<T> work) {
    try {
      index.ensureExists();
      return work.run();
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
