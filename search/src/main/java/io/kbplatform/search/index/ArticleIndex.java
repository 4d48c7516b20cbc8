package io.kbplatform.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.kbplatform.search.cluster.SearchCluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The article index: a versioned concrete index ({@code kb-articles-v1}) behind the alias {@code
 * kb-articles} ({@code kb.es.index}) that every read and write goes through, so that a rebuild can
 * swap it atomically.
 */
@ApplicationScoped
public class ArticleIndex {

  public static final String DEFAULT_ALIAS = "kb-articles";
  static final String GENERATION = "-v1";
  private static final String DEFINITION = "/search/kb-articles-index.json";
  private static final Logger LOG = Logger.getLogger(ArticleIndex.class.getName());

  private SearchCluster cluster;
  private String alias;
  private volatile boolean ensured;

  protected ArticleIndex() {}

  @Inject
  public ArticleIndex(
      SearchCluster cluster,
      @ConfigProperty(name = "kb.es.index", defaultValue = DEFAULT_ALIAS) String alias) {
    this.cluster = cluster;
    this.alias = alias;
  }

  /** The alias that reads and writes go through. */
  public String alias() {
    return alias;
  }

  /** Creates the index and its alias when the cluster has neither; cheap after the first call. */
  public void ensureExists() throws IOException {
    if (ensured) {
      return;
    }
    ElasticsearchClient es = cluster.client();
    if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
      String concrete = alias + GENERATION;
      try (InputStream definition = definition()) {
        es.indices().create(c -> c.index(concrete).withJson(definition).aliases(alias, a -> a));
        LOG.info(() -> "Created search index " + concrete + " behind alias " + alias);
      } catch (ElasticsearchException e) {
        if (!"resource_already_exists_exception".equals(e.error().type())) {
          throw e;
        }
        // The index survived without its alias (someone removed it): point the alias back.
        es.indices().putAlias(a -> a.index(concrete).name(alias));
        LOG.warning(
            () -> "Search index " + concrete + " had lost its alias " + alias + "; restored");
      }
    }
    ensured = true;
  }

  /**
   * Writes a document, versioned by the article's published version: a copy that arrives late (a
   * retry, a second app instance) never replaces a newer one.
   */
  public void put(ArticleDocument document) throws IOException {
    ensureExists();
    try {
      cluster
          .client()
          .index(
              i ->
                  i.index(alias)
                      .id(document.id())
                      .version((long) document.version())
                      .versionType(VersionType.ExternalGte)
                      .requireAlias(true)
                      .document(document));
    } catch (ElasticsearchException e) {
      if (e.status() != 409) {
        throw e;
      }
      LOG.fine(() -> "A newer version of " + document.id() + " is already indexed");
    }
  }

  public void remove(String id) throws IOException {
    ensureExists();
    cluster.client().delete(d -> d.index(alias).id(id).refresh(Refresh.False));
  }

  /** Makes what was written visible to searches now rather than within a second. */
  public void refresh() throws IOException {
    cluster.client().indices().refresh(r -> r.index(alias));
  }

  /** Deletes the alias and every index behind it (tests, and later the rebuild's clean-up). */
  public void drop() throws IOException {
    ElasticsearchClient es = cluster.client();
    if (es.indices().existsAlias(a -> a.name(alias)).value()) {
      for (String concrete : es.indices().getAlias(a -> a.name(alias)).result().keySet()) {
        es.indices().delete(d -> d.index(concrete));
      }
    }
    ensured = false;
  }

  /** Forgets what it knew about the cluster, e.g. after the cluster lost its data. */
  public void forget() {
    ensured = false;
  }

  private static InputStream definition() {
    InputStream in = ArticleIndex.class.getResourceAsStream(DEFINITION);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Missing index definition " + DEFINITION));
    }
    return in;
  }
}
