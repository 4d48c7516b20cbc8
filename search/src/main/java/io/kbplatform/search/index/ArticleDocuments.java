package io.kbplatform.search.index;

import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.json.JsonData;
import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.feedback.ArticleHelpfulness;
import io.kbplatform.content.feedback.HelpfulVotes;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.semantic.Chunk;
import io.kbplatform.search.semantic.ChunkVectors;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.EmbedderStatus;
import io.kbplatform.search.semantic.SemanticSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Builds the index documents of published articles: the one place where indexing (outbox, rebuild)
 * turns database content into what the index stores: text, permission fields, ranking signals and
 * embedded passages. Passages are embedded again only when the text changed: the vectors of the
 * document already in the index are reused when its {@code content_hash} matches, so votes,
 * permission changes and rebuilds cost no embedding.
 */
@ApplicationScoped
public class ArticleDocuments {

  private static final Logger LOG = Logger.getLogger(ArticleDocuments.class.getName());
  private static final HelpfulVotes NO_VOTES = new HelpfulVotes(0, 0);

  /** How long indexing waits for the model at startup before indexing without vectors. */
  static final Duration MODEL_WAIT = Duration.ofSeconds(60);

  private ArticleHelpfulness helpfulness;
  private ArticleUsage usage;
  private ChunkVectors vectors;
  private Embedder embedder;
  private SemanticSettings settings;
  private SearchCluster cluster;
  private ArticleIndex index;

  protected ArticleDocuments() {}

  @Inject
  public ArticleDocuments(
      ArticleHelpfulness helpfulness,
      ArticleUsage usage,
      ChunkVectors vectors,
      Embedder embedder,
      SemanticSettings settings,
      SearchCluster cluster,
      ArticleIndex index) {
    this.helpfulness = helpfulness;
    this.usage = usage;
    this.vectors = vectors;
    this.embedder = embedder;
    this.settings = settings;
    this.cluster = cluster;
    this.index = index;
  }

  public ArticleDocument build(PublishedArticle article) {
    return buildAll(List.of(article)).get(0);
  }

  /** The documents of a batch of articles, in the same order, reading their signals at once. */
  public List<ArticleDocument> buildAll(List<PublishedArticle> articles) {
    List<String> ids = articles.stream().map(PublishedArticle::id).toList();
    Map<String, HelpfulVotes> votes = helpfulness.of(ids);
    Map<String, Double> popularity = usage.popularity(ids);
    boolean embedding = modelSettled();
    Map<String, Indexed> previous = embedding ? previous(ids) : Map.of();
    List<ArticleDocument> documents = new ArrayList<>(articles.size());
    for (PublishedArticle article : articles) {
      ArticleDocument document =
          ArticleDocument.of(article)
              .withSignals(
                  votes.getOrDefault(article.id(), NO_VOTES).smoothedRatio(),
                  popularity.getOrDefault(article.id(), 0.0));
      if (embedding) {
        document = withChunks(document, previous.get(article.id()));
      }
      documents.add(document);
    }
    return documents;
  }

  private ArticleDocument withChunks(ArticleDocument document, Indexed previous) {
    String hash = hash(document);
    if (previous != null && hash.equals(previous.contentHash())) {
      return document.withChunks(hash, previous.chunks());
    }
    List<Chunk> chunks = vectors.chunksOf(document.title(), document.body());
    return chunks.isEmpty() ? document : document.withChunks(hash, chunks);
  }

  /** The hash of what the passages are made from, and of how they are cut. */
  private String hash(ArticleDocument document) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String source =
          settings.chunkChars()
              + "/"
              + settings.maxChunks()
              + "/"
              + document.title()
              + "\n"
              + document.body();
      return HexFormat.of().formatHex(sha.digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What the index holds of an article: the hash of its text and its chunks with vectors. */
  private record Indexed(String contentHash, List<Chunk> chunks) {}

  /**
   * The hash and chunks of the documents now in the index, with the vectors from their stored
   * {@code chunk_vectors} (see {@link IndexedChunks}); none if the index cannot be read.
   */
  private Map<String, Indexed> previous(List<String> ids) {
    try {
      MgetResponse<ArticleDocument> found =
          cluster
              .client()
              .mget(
                  m ->
                      m.index(index.alias())
                          .ids(ids)
                          .sourceIncludes("id", "content_hash", "chunks")
                          .storedFields(IndexedChunks.FIELD),
                  ArticleDocument.class);
      Map<String, Indexed> previous = new HashMap<>();
      for (MultiGetResponseItem<ArticleDocument> item : found.docs()) {
        if (!item.isResult() || !item.result().found() || item.result().source() == null) {
          continue;
        }
        ArticleDocument source = item.result().source();
        IndexedChunks.of(source.chunks(), storedValue(item.result().fields()))
            .ifPresent(c -> previous.put(item.result().id(), new Indexed(source.contentHash(), c)));
      }
      return previous;
    } catch (Exception e) {
      LOG.fine(() -> "Earlier vectors unavailable, embedding again: " + e);
      return Map.of();
    }
  }

  /** The one value of the stored {@code chunk_vectors} field, or null. */
  private static String storedValue(Map<String, JsonData> fields) {
    JsonData value = fields == null ? null : fields.get(IndexedChunks.FIELD);
    if (value == null) {
      return null;
    }
    JsonValue json = value.toJson();
    if (json instanceof JsonArray array && !array.isEmpty()) {
      json = array.get(0);
    }
    return json instanceof JsonString string ? string.getString() : null;
  }

  /**
   * Whether passages can be embedded: waits (on indexing threads only) while the model is still
   * loading at startup, so that the first articles indexed get their vectors too.
   */
  private boolean modelSettled() {
    long deadline = System.nanoTime() + MODEL_WAIT.toNanos();
    while (embedder.status().state() == EmbedderStatus.State.LOADING
        && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return embedder.ready();
  }
}
