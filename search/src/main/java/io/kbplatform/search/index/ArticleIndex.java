package io.kbplatform.search.index;

import io.kbplatform.search.cluster.SearchCluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The article index: versioned concrete indices ({@code kb-articles-v4-20261101093000123}, see
 * {@link IndexNames}) behind the alias {@code kb-articles} ({@code kb.es.index}) that every read
 * and write goes through, so that a rebuild can fill a new index and swap the alias atomically.
 * When no index exists, one is created and an {@link IndexCreated} event asks for every published
 * article to be indexed; when the alias points to an index of an older definition, that index keeps
 * serving and an {@link IndexOutdated} event asks for a rebuild. The work is done by {@link
 * IndexBootstrap} (before the first use), {@link IndexAdministration} (the indices behind the
 * alias) and {@link DocumentWrites} (the documents).
 */
@ApplicationScoped
public class ArticleIndex {

  public static final String DEFAULT_ALIAS = "kb-articles";

  /** The generation of the index definition; bump it when the definition changes. */
  public static final String GENERATION = "v4";

  private String alias;
  private IndexNames names;
  private IndexBootstrap bootstrap;
  private IndexAdministration administration;
  private DocumentWrites writes;

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
    this.alias = alias;
    this.names = new IndexNames(alias, GENERATION);
    this.administration = new IndexAdministration(cluster, alias);
    this.bootstrap = new IndexBootstrap(cluster, names, administration, created, outdated);
    this.writes = new DocumentWrites(cluster, alias);
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
    bootstrap.ensureExists();
  }

  /** The generation (index definition) this code writes: {@code v3}, {@code v4}… */
  public String generation() {
    return names.generation();
  }

  /** A fresh concrete index name of the current generation. */
  public String newConcreteName() {
    return names.next(Instant.now());
  }

  /** The concrete indices the alias points to, sorted (empty when there is no alias). */
  public List<String> concreteIndices() throws IOException {
    return administration.serving().stream().sorted().toList();
  }

  /**
   * Creates a concrete index from the definition, tuned for a bulk load: no refreshes, no replicas.
   * {@link #loaded} restores the definition's settings.
   */
  public void createForLoad(String concrete) throws IOException {
    administration.createForLoad(concrete);
  }

  /** Restores the definition's refresh interval and replicas after a load, then refreshes. */
  public void loaded(String concrete) throws IOException {
    administration.loaded(concrete);
  }

  /**
   * Points the alias at the given index and away from every other, in one atomic request: searches
   * see either the old index or the new one, never none. Returns the indices it pointed to before.
   */
  public Set<String> swapTo(String concrete) throws IOException {
    Set<String> previous = administration.swapTo(concrete);
    bootstrap.ready();
    return previous;
  }

  /** Deletes a concrete index; one that is already gone is fine. */
  public void deleteIndex(String concrete) throws IOException {
    administration.deleteQuietly(concrete);
  }

  /**
   * Writes a document, versioned by the article's published version: a copy that arrives late (a
   * retry, a second app instance) never replaces a newer one.
   */
  public void put(ArticleDocument document) throws IOException {
    ensureExists();
    writes.put(document);
  }

  /** Writes a document straight into one concrete index (a rebuild's new index), versioned too. */
  public void putInto(String concrete, ArticleDocument document) throws IOException {
    writes.putInto(concrete, document);
  }

  public void remove(String id) throws IOException {
    ensureExists();
    writes.remove(id);
  }

  /** Removes a document from one concrete index (a rebuild's new index). */
  public void removeFrom(String concrete, String id) throws IOException {
    writes.removeFrom(concrete, id);
  }

  /** Makes what was written visible to searches now rather than within a second. */
  public void refresh() throws IOException {
    writes.refresh();
  }

  /** Deletes the alias and every index behind it (tests, and later the rebuild's clean-up). */
  public void drop() throws IOException {
    administration.drop();
    bootstrap.forget();
  }

  /** Forgets what it knew about the cluster, e.g. after the cluster lost its data. */
  public void forget() {
    bootstrap.forget();
  }
}
