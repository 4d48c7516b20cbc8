package io.kbplatform.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kbplatform.search.cluster.SearchCluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.ResponseException;

/**
 * The article index: versioned concrete indices ({@code kb-articles-v3-20261101093000123}, see
 * {@link IndexNames}) behind the alias {@code kb-articles} ({@code kb.es.index}) that every read
 * and write goes through, so that a rebuild can fill a new index and swap the alias atomically.
 * When no index exists, one is created and an {@link IndexCreated} event asks for every published
 * article to be indexed; when the alias points to an index of an older definition, that index keeps
 * serving and an {@link IndexOutdated} event asks for a rebuild.
 */
@ApplicationScoped
public class ArticleIndex {

  public static final String DEFAULT_ALIAS = "kb-articles";

  /** The generation of the index definition; bump it when the definition changes. */
  public static final String GENERATION = "v3";

  private static final String DEFINITION = "/search/kb-articles-index.json";
  private static final Logger LOG = Logger.getLogger(ArticleIndex.class.getName());

  private SearchCluster cluster;
  private String alias;
  private Consumer<IndexCreated> created;
  private Consumer<IndexOutdated> outdated;
  private IndexNames names;
  private static final Duration PREPARE_WAIT = Duration.ofSeconds(5);
  private static final Duration PREPARE_GIVE_UP = Duration.ofSeconds(30);
  private final AtomicReference<Preparation> preparing = new AtomicReference<>();
  private volatile boolean ensured;

  protected ArticleIndex() {}

  @Inject
  public ArticleIndex(
      SearchCluster cluster,
      @ConfigProperty(name = "kb.es.index", defaultValue = DEFAULT_ALIAS) String alias,
      Event<IndexCreated> created,
      Event<IndexOutdated> outdated) {
    this(cluster, alias, created::fire, outdated::fire);
  }

  /** An index outside CDI (tests, tools): {@code created} hears of each new concrete index. */
  public ArticleIndex(SearchCluster cluster, String alias, Consumer<IndexCreated> created) {
    this(cluster, alias, created, outdated -> {});
  }

  /** An index outside CDI that also hears when the alias points to an older definition. */
  public ArticleIndex(
      SearchCluster cluster,
      String alias,
      Consumer<IndexCreated> created,
      Consumer<IndexOutdated> outdated) {
    this.cluster = cluster;
    this.alias = alias;
    this.created = created;
    this.outdated = outdated;
    this.names = new IndexNames(alias, GENERATION);
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
    if (es.indices().existsAlias(a -> a.name(alias)).value()) {
      Set<String> current = concreteIndicesOf(es);
      ensured = true;
      if (current.stream().noneMatch(names::isCurrent)) {
        // Keep serving from the older index; a rebuild fills a new one, then swaps the alias.
        LOG.info(
            () -> "Search index " + current + " is of an older definition than " + generation());
        outdated.accept(new IndexOutdated(current));
      }
      return;
    }
    Optional<String> orphan = newestCurrent(es);
    if (orphan.isPresent()) {
      // An index of the current definition survived without its alias: point the alias back.
      es.indices().putAlias(a -> a.index(orphan.get()).name(alias).isWriteIndex(true));
      LOG.warning(() -> "Search index " + orphan.get() + " had lost its alias " + alias);
      ensured = true;
      return;
    }
    String concrete = names.next(Instant.now());
    try (InputStream definition = definition()) {
      es.indices()
          .create(
              c ->
                  c.index(concrete).withJson(definition).aliases(alias, a -> a.isWriteIndex(true)));
    } catch (ElasticsearchException e) {
      // Another instance created one at the same moment: use it.
      if (es.indices().existsAlias(a -> a.name(alias)).value()) {
        deleteQuietly(es, concrete);
        ensured = true;
        return;
      }
      throw e;
    }
    LOG.info(() -> "Created search index " + concrete + " behind alias " + alias);
    ensured = true;
    created.accept(new IndexCreated(concrete));
  }

  private Optional<String> newestCurrent(ElasticsearchClient es) throws IOException {
    return es
        .indices()
        .get(g -> g.index(alias + "-*").allowNoIndices(true).ignoreUnavailable(true))
        .result()
        .keySet()
        .stream()
        .filter(names::isCurrent)
        .max(Comparator.naturalOrder());
  }

  /** The generation (index definition) this code writes: {@code v2}, {@code v3}… */
  public String generation() {
    return names.generation();
  }

  /** A fresh concrete index name of the current generation. */
  public String newConcreteName() {
    return names.next(Instant.now());
  }

  /** The concrete indices the alias points to, sorted (empty when there is no alias). */
  public List<String> concreteIndices() throws IOException {
    return concreteIndicesOf(cluster.client()).stream().sorted().toList();
  }

  private Set<String> concreteIndicesOf(ElasticsearchClient es) throws IOException {
    if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
      return Set.of();
    }
    return es.indices().getAlias(a -> a.name(alias)).result().keySet();
  }

  /**
   * Creates a concrete index from the definition, tuned for a bulk load: no refreshes, no replicas.
   * {@link #loaded} restores the definition's settings.
   */
  public void createForLoad(String concrete) throws IOException {
    ElasticsearchClient es = cluster.client();
    try (InputStream definition = definition()) {
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

  /**
   * The alias through which changes reach an index being loaded: writes through an alias never
   * create an index by accident once the rebuild has deleted it.
   */
  static String loadingAlias(String concrete) {
    return concrete + "-loading";
  }

  /** Restores the definition's refresh interval and replicas after a load, then refreshes. */
  public void loaded(String concrete) throws IOException {
    LoadSettings restore = LoadSettings.of(definitionSettings());
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

  /**
   * Points the alias at the given index and away from every other, in one atomic request: searches
   * see either the old index or the new one, never none. Returns the indices it pointed to before.
   */
  public Set<String> swapTo(String concrete) throws IOException {
    ElasticsearchClient es = cluster.client();
    Set<String> previous = concreteIndicesOf(es);
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
    ensured = true;
    return previous;
  }

  /** Deletes a concrete index; one that is already gone is fine. */
  public void deleteIndex(String concrete) throws IOException {
    deleteQuietly(cluster.client(), concrete);
  }

  private static void deleteQuietly(ElasticsearchClient es, String concrete) throws IOException {
    try {
      es.indices().delete(d -> d.index(concrete));
    } catch (ElasticsearchException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  private static JsonNode definitionSettings() throws IOException {
    try (InputStream in = definition()) {
      return new ObjectMapper().readTree(in).path("settings");
    }
  }

  /**
   * Writes a document, versioned by the article's published version: a copy that arrives late (a
   * retry, a second app instance) never replaces a newer one.
   */
  public void put(ArticleDocument document) throws IOException {
    ensureExists();
    write(alias, document);
  }

  /** Writes a document straight into one concrete index (a rebuild's new index), versioned too. */
  public void putInto(String concrete, ArticleDocument document) throws IOException {
    write(loadingAlias(concrete), document);
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

  public void remove(String id) throws IOException {
    ensureExists();
    cluster.client().delete(d -> d.index(alias).id(id).refresh(Refresh.False));
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

  /** Removes a document from one concrete index (a rebuild's new index). */
  public void removeFrom(String concrete, String id) throws IOException {
    cluster.client().delete(d -> d.index(loadingAlias(concrete)).id(id).refresh(Refresh.False));
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
