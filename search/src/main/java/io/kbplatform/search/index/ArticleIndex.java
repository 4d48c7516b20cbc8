package io.kbplatform.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import io.kbplatform.search.cluster.SearchCluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The article index: a versioned concrete index ({@code kb-articles-v2}) behind the alias {@code
 * kb-articles} ({@code kb.es.index}) that every read and write goes through, so that a rebuild can
 * swap it atomically. When the index is created, or replaced because its definition changed, an
 * {@link IndexCreated} event asks for every published article to be indexed again.
 */
@ApplicationScoped
public class ArticleIndex {

  public static final String DEFAULT_ALIAS = "kb-articles";
  static final String GENERATION = "-v3";
  private static final String DEFINITION = "/search/kb-articles-index.json";
  private static final Logger LOG = Logger.getLogger(ArticleIndex.class.getName());

  private SearchCluster cluster;
  private String alias;
  private Consumer<IndexCreated> created;
  private static final Duration PREPARE_WAIT = Duration.ofSeconds(5);
  private static final Duration PREPARE_GIVE_UP = Duration.ofSeconds(30);
  private final AtomicReference<Preparation> preparing = new AtomicReference<>();
  private volatile boolean ensured;

  protected ArticleIndex() {}

  @Inject
  public ArticleIndex(
      SearchCluster cluster,
      @ConfigProperty(name = "kb.es.index", defaultValue = DEFAULT_ALIAS) String alias,
      Event<IndexCreated> created) {
    this(cluster, alias, created::fire);
  }

  /** An index outside CDI (tests, tools): {@code created} hears of each new concrete index. */
  public ArticleIndex(SearchCluster cluster, String alias, Consumer<IndexCreated> created) {
    this.cluster = cluster;
    this.alias = alias;
    this.created = created;
  }

  /** The alias that reads and writes go through. */
  public String alias() {
    return alias;
  }

  /**
   * Creates the index and its alias when the cluster has neither, and replaces an index of an older
   * definition; cheap after the first call.
   */
  public void ensureExists() throws IOException {
    if (ensured) {
      return;
    }
    // One caller prepares the index; the others wait a little, never forever: a request lost by a
    // failing client must not block every search behind it, and a stuck preparation is retried.
    Preparation mine = new Preparation(System.nanoTime(), new CompletableFuture<>());
    Preparation running = preparing.compareAndExchange(null, mine);
    if (running == null) {
      try {
        prepare();
        mine.done().complete(null);
      } catch (IOException | RuntimeException e) {
        mine.done().completeExceptionally(e);
        throw e;
      } finally {
        preparing.compareAndSet(mine, null);
      }
      return;
    }
    try {
      running.done().get(PREPARE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      if (System.nanoTime() - running.startedNanos() > PREPARE_GIVE_UP.toNanos()) {
        preparing.compareAndSet(running, null);
      }
      throw new IOException("The search index is still being prepared", e);
    } catch (ExecutionException e) {
      throw new IOException("Preparing the search index failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while the search index was being prepared", e);
    }
  }

  /** A preparation in progress: when it started and when it is done. */
  private record Preparation(long startedNanos, CompletableFuture<Void> done) {}

  private void prepare() throws IOException {
    ElasticsearchClient es = cluster.client();
    String concrete = alias + GENERATION;
    if (es.indices().existsAlias(a -> a.name(alias)).value()) {
      Set<String> current = es.indices().getAlias(a -> a.name(alias)).result().keySet();
      if (!current.equals(Set.of(concrete))) {
        replace(es, current, concrete);
      }
    } else {
      try (InputStream definition = definition()) {
        es.indices().create(c -> c.index(concrete).withJson(definition).aliases(alias, a -> a));
        LOG.info(() -> "Created search index " + concrete + " behind alias " + alias);
        ensured = true;
        created.accept(new IndexCreated(concrete));
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

  /** Moves the alias from indices of an older definition to a new one, which is then refilled. */
  private void replace(ElasticsearchClient es, Set<String> old, String concrete)
      throws IOException {
    if (!es.indices().exists(e -> e.index(concrete)).value()) {
      try (InputStream definition = definition()) {
        es.indices().create(c -> c.index(concrete).withJson(definition));
      }
    }
    es.indices()
        .updateAliases(
            u -> {
              old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
              return u.actions(a -> a.add(ad -> ad.index(concrete).alias(alias)));
            });
    for (String o : old) {
      if (!o.equals(concrete)) {
        es.indices().delete(d -> d.index(o));
      }
    }
    LOG.info(() -> "Replaced search index " + old + " by " + concrete + "; re-indexing all");
    ensured = true;
    created.accept(new IndexCreated(concrete));
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
