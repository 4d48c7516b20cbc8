package io.kbplatform.search.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.kbplatform.search.semantic.EmbedderStatus.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Embeds queries and passages with an in-process model ({@code kb.search.semantic.model}, by
 * default the quantized bge-small-zh-v1.5). The model loads in the background after startup; until
 * it is {@link State#READY}, and for good when it is disabled or cannot load, every method returns
 * an empty result and never throws, so search falls back to keywords.
 */
@ApplicationScoped
public class Embedder {

  public static final String DEFAULT_MODEL =
      "dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel";

  /** The vector size the index mapping expects. */
  public static final int DIMENSIONS = 512;

  /** bge-zh's instruction for short queries against passages (see ADR 0009). */
  public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  private static final Logger LOG = Logger.getLogger(Embedder.class.getName());

  private ModelLoader loader;
  private boolean queryInstruction;
  private volatile EmbedderStatus status = new EmbedderStatus(State.LOADING, "");
  private volatile EmbeddingModel model;
  private boolean started;

  protected Embedder() {}

  @Inject
  public Embedder(
      @ConfigProperty(name = "kb.search.semantic.enabled", defaultValue = "true") boolean enabled,
      @ConfigProperty(name = "kb.search.semantic.model", defaultValue = DEFAULT_MODEL) String model,
      @ConfigProperty(name = "kb.search.semantic.query-instruction", defaultValue = "false")
          boolean queryInstruction,
      @ConfigProperty(name = "kb.data.dir", defaultValue = "./data") String dataDir) {
    this(enabled, model, queryInstruction, Path.of(dataDir, "cache", "djl"));
  }

  /**
   * For tests and tools outside CDI: call {@link #load()} (blocking) or {@link #start(Executor)}.
   *
   * @param nativeCache where the tokenizer's native library is unpacked unless the environment or a
   *     system property already names {@code DJL_CACHE_DIR}
   */
  public Embedder(boolean enabled, String model, boolean queryInstruction, Path nativeCache) {
    this.loader = new ModelLoader(model, DIMENSIONS, nativeCache);
    this.queryInstruction = queryInstruction;
    if (!enabled) {
      status = new EmbedderStatus(State.DISABLED, "kb.search.semantic.enabled is false");
    }
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
    start(containerExecutor());
  }

  /**
   * The container's default managed executor, looked up rather than injected (a {@code @Resource}
   * field on this bean failed to deploy in Payara); a plain daemon thread outside a container.
   */
  private static Executor containerExecutor() {
    try {
      return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    } catch (NamingException | RuntimeException e) {
      return command -> {
        Thread thread = new Thread(command, "kb-embedder-load");
        thread.setDaemon(true);
        thread.start();
      };
    }
  }

  /** Starts loading the model on the given executor, once; returns at once. */
  public synchronized void start(Executor background) {
    if (!started && status.state() == State.LOADING) {
      started = true;
      background.execute(this::load);
    }
  }

  /** Loads the model in the calling thread (unless disabled or done already); the new status. */
  public synchronized EmbedderStatus load() {
    if (status.state() != State.LOADING || model != null) {
      return status;
    }
    started = true;
    long start = System.nanoTime();
    try {
      model = loader.load();
      status = new EmbedderStatus(State.READY, "");
      LOG.info(
          () ->
              String.format(
                  "Semantic retrieval ready: %s loaded in %d ms",
                  loader.modelName(), (System.nanoTime() - start) / 1_000_000));
    } catch (Exception | LinkageError e) {
      status = new EmbedderStatus(State.UNAVAILABLE, ModelLoader.describe(e));
      LOG.log(
          Level.WARNING,
          "Semantic retrieval unavailable, search uses keywords only: " + status.reason(),
          e);
    }
    return status;
  }

  public EmbedderStatus status() {
    return status;
  }

  public boolean ready() {
    return status.state() == State.READY;
  }

  /** The vector of a search query; empty when the model is not ready or the query is blank. */
  public Optional<float[]> embedQuery(String query) {
    EmbeddingModel current = model;
    if (current == null || query == null || query.isBlank()) {
      return Optional.empty();
    }
    String text = PassageText.clean(query);
    try {
      return Optional.of(current.embed(queryInstruction ? QUERY_INSTRUCTION + text : text))
          .map(response -> response.content().vector());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Embedding a query failed; searching by keywords only", e);
      return Optional.empty();
    }
  }

  /**
   * The vectors of passages, in order, embedded one after the other in the calling thread; empty
   * when the model is not ready or any passage fails (then none is used).
   */
  public List<float[]> embedPassages(List<String> passages) {
    EmbeddingModel current = model;
    if (current == null || passages == null || passages.isEmpty()) {
      return List.of();
    }
    try {
      List<float[]> vectors = new ArrayList<>(passages.size());
      for (String passage : passages) {
        vectors.add(current.embed(passage).content().vector());
      }
      return vectors;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Embedding passages failed; the article is indexed without them", e);
      return List.of();
    }
  }
}
