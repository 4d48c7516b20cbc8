package io.kbplatform.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.kbplatform.search.cluster.SearchCluster;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The concrete indices behind the alias: which ones it points to, creating one tuned for a bulk
 * load and restoring it afterwards, the atomic swap of the alias, deleting indices.
 */
final class IndexAdministration {

  private static final Logger LOG = Logger.getLogger(IndexAdministration.class.getName());

  private final SearchCluster cluster;
  private final String alias;

  IndexAdministration(SearchCluster cluster, String alias) {
    this.cluster = cluster;
    this.alias = alias;
  }

  /**
   * The alias through which changes reach an index being loaded: writes through an alias never
   * create an index by accident once the rebuild has deleted it.
   */
  static String loadingAlias(String concrete) {
    return concrete + "-loading";
  }

  /** The concrete indices the alias points to (empty when there is no alias). */
  Set<String> serving() throws IOException {
    ElasticsearchClient es = cluster.client();
    if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
      return Set.of();
    }
    return es.indices().getAlias(a -> a.name(alias)).result().keySet();
  }

  /** Creates a concrete index from the definition, tuned for a bulk load. */
  void createForLoad(String concrete) throws IOException {
    ElasticsearchClient es = cluster.client();
    try (InputStream definition = IndexDefinition.open()) {
      es.indices()
          .create(
              c -> c.index(concrete).withJson(definition).aliases(loadingAlias(concrete), a -> a));
    }
    es.indices()
        .putSettings(
            p ->
                p.index(concrete)
                    .settings(
                        s ->
                            s.refreshInterval(t -> t.time("-1"))
                                .autoExpandReplicas("false")
                                .numberOfReplicas("0")));
  }

  /** Restores the definition's refresh interval and replicas after a load, then refreshes. */
  void loaded(String concrete) throws IOException {
    LoadSettings restore = LoadSettings.of(IndexDefinition.settings());
    ElasticsearchClient es = cluster.client();
    es.indices()
        .putSettings(
            p ->
                p.index(concrete)
                    .settings(
                        s -> {
                          s.refreshInterval(t -> t.time(restore.refreshInterval()));
                          if (restore.autoExpandReplicas() != null) {
                            s.autoExpandReplicas(restore.autoExpandReplicas());
                          } else {
                            s.autoExpandReplicas("false").numberOfReplicas(restore.replicas());
                          }
                          return s;
                        }));
    es.indices().refresh(r -> r.index(concrete));
  }

  /** Points the alias at the given index and away from every other, in one atomic request. */
  Set<String> swapTo(String concrete) throws IOException {
    ElasticsearchClient es = cluster.client();
    Set<String> previous = serving();
    es.indices()
        .updateAliases(
            u -> {
              previous.stream()
                  .filter(o -> !o.equals(concrete))
                  .forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
              return u.actions(
                  a -> a.add(ad -> ad.index(concrete).alias(alias).isWriteIndex(true)));
            });
    LOG.info(() -> "Alias " + alias + " moved from " + previous + " to " + concrete);
    try {
      es.indices().deleteAlias(d -> d.index(concrete).name(loadingAlias(concrete)));
    } catch (ElasticsearchException e) {
      LOG.fine(() -> "No loading alias on " + concrete);
    }
    return previous;
  }

  /** Deletes a concrete index; one that is already gone is fine. */
  void deleteQuietly(String concrete) throws IOException {
    try {
      cluster.client().indices().delete(d -> d.index(concrete));
    } catch (ElasticsearchException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  /** Deletes the alias and every index behind it. */
  void drop() throws IOException {
    ElasticsearchClient es = cluster.client();
    if (es.indices().existsAlias(a -> a.name(alias)).value()) {
      for (String concrete : es.indices().getAlias(a -> a.name(alias)).result().keySet()) {
        es.indices().delete(d -> d.index(concrete));
      }
    }
  }
}
