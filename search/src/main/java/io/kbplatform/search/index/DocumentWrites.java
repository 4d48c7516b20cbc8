package io.kbplatform.search.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.kbplatform.search.cluster.SearchCluster;
import java.io.IOException;
import java.util.logging.Logger;
import org.elasticsearch.client.ResponseException;

/**
 * Writes and deletes article documents, through the alias or through the loading alias of an index
 * a rebuild fills (see {@link IndexAdministration#loadingAlias}). Writes are versioned by the
 * article's published version: a copy that arrives late never replaces a newer one.
 */
final class DocumentWrites {

  private static final Logger LOG = Logger.getLogger(DocumentWrites.class.getName());

  private final SearchCluster cluster;
  private final String alias;

  DocumentWrites(SearchCluster cluster, String alias) {
    this.cluster = cluster;
    this.alias = alias;
  }

  void put(ArticleDocument document) throws IOException {
    write(alias, document);
  }

  void putInto(String concrete, ArticleDocument document) throws IOException {
    write(IndexAdministration.loadingAlias(concrete), document);
  }

  void remove(String id) throws IOException {
    delete(alias, id);
  }

  void removeFrom(String concrete, String id) throws IOException {
    delete(IndexAdministration.loadingAlias(concrete), id);
  }

  /** Makes what was written visible to searches now rather than within a second. */
  void refresh() throws IOException {
    cluster.client().indices().refresh(r -> r.index(alias));
  }

  private void write(String target, ArticleDocument document) throws IOException {
    try {
      cluster
          .client()
          .index(
              i ->
                  i.index(target)
                      .id(document.id())
                      .version((long) document.version())
                      .versionType(VersionType.ExternalGte)
                      .requireAlias(true)
                      .document(document));
    } catch (ElasticsearchException | IOException e) {
      if (!isVersionConflict(e)) {
        throw e;
      }
      LOG.fine(() -> "A newer version of " + document.id() + " is already indexed");
    }
  }

  private void delete(String target, String id) throws IOException {
    cluster.client().delete(d -> d.index(target).id(id).refresh(Refresh.False));
  }

  /**
   * A 409: the index holds a newer version. The low-level client reports it as a {@code
   * ResponseException} inside an I/O exception, which must not pass for an outage.
   */
  static boolean isVersionConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ElasticsearchException es && es.status() == 409) {
        return true;
      }
      if (t instanceof ResponseException re
          && re.getResponse().getStatusLine().getStatusCode() == 409) {
        return true;
      }
    }
    return false;
  }
}
