package io.kbplatform.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.kbplatform.search.cluster.SearchCluster;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Makes sure the alias points to an index before the first read or write: creates one (and says so
 * with {@link IndexCreated}) when the cluster has none, points the alias back to an index of the
 * current definition that lost it, and keeps an index of an older definition serving while an
 * {@link IndexOutdated} asks for a rebuild. One caller prepares; the others wait a little.
 */
final class IndexBootstrap {

  private static final Logger LOG = Logger.getLogger(IndexBootstrap.class.getName());
  private static final Duration PREPARE_WAIT = Duration.ofSeconds(5);
  private static final Duration PREPARE_GIVE_UP = Duration.ofSeconds(30);

  private final SearchCluster cluster;
  private final String alias;
  private final IndexNames names;
  private final IndexAdministration administration;
  private final Consumer<IndexCreated> created;
  private final Consumer<IndexOutdated> outdated;
  private final AtomicReference<Preparation> preparing = new AtomicReference<>();
  private volatile boolean ensured;

  IndexBootstrap(
      SearchCluster cluster,
      IndexNames names,
      IndexAdministration administration,
      Consumer<IndexCreated> created,
      Consumer<IndexOutdated> outdated) {
    this.cluster = cluster;
    this.alias = names.alias();
    this.names = names;
    this.administration = administration;
    this.created = created;
    this.outdated = outdated;
  }

  /** A preparation in progress: when it started and when it is done. */
  private record Preparation(long startedNanos, CompletableFuture<Void> done) {}

  /** Prepares the index unless that was done already; cheap after the first call. */
  void ensureExists() throws IOException {
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

  /** The alias is known to point to an index (e.g. a rebuild just swapped it). */
  void ready() {
    ensured = true;
  }

  /** Checks the cluster again before the next read or write. */
  void forget() {
    ensured = false;
  }

  private void prepare() throws IOException {
    ElasticsearchClient es = cluster.client();
    if (es.indices().existsAlias(a -> a.name(alias)).value()) {
      Set<String> current = administration.serving();
      ensured = true;
      if (current.stream().noneMatch(names::isCurrent)) {
        // Keep serving from the older index; a rebuild fills a new one, then swaps the alias.
        LOG.info(
            () ->
                "Search index "
                    + current
                    + " is of an older definition than "
                    + names.generation());
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
    try (InputStream definition = IndexDefinition.open()) {
      es.indices()
          .create(
              c ->
                  c.index(concrete).withJson(definition).aliases(alias, a -> a.isWriteIndex(true)));
    } catch (ElasticsearchException e) {
      // Another instance created one at the same moment: use it.
      if (es.indices().existsAlias(a -> a.name(alias)).value()) {
        administration.deleteQuietly(concrete);
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
}
