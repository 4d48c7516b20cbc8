package io.kbplatform.bench.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.semantic.Chunk;
import io.kbplatform.search.semantic.Chunker;
import io.kbplatform.search.semantic.SemanticSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The two index layouts compared: the current definition ({@code kb-articles-index.json}) and the
 * layout before v4 derived from it (no {@code _source} excludes, no stored {@code chunk_vectors},
 * no term vectors), and each one's document of an article. Passages are cut as the app cuts them;
 * their vectors are synthetic (a shared direction plus noise, cosine ≈ 0.6 to each other), since
 * the cost of fetching a vector depends on its size, not on its values, and kNN must find hits
 * above the app's least similarity.
 */
final class FetchLayouts {

  static final int DIMS = 512;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEFINITION = "/search/kb-articles-index.json";

  private final Chunker chunker;
  private final float[] common;
  private final SplittableRandom random;

  FetchLayouts(long seed) {
    SemanticSettings settings = SemanticSettings.defaults();
    this.chunker = new Chunker(settings.chunkChars(), settings.maxChunks());
    this.random = new SplittableRandom(seed);
    this.common = unit(gaussian(), 1.0);
  }

  /** The index definition the app creates indices from. */
  static ObjectNode current() {
    try (InputStream in = FetchLayouts.class.getResourceAsStream(DEFINITION)) {
      if (in == null) {
        throw new IOException("Missing " + DEFINITION);
      }
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layout before v4: vectors in {@code _source}, no stored copy, no term vectors. */
  static ObjectNode before() {
    ObjectNode definition = current();
    ObjectNode mappings = (ObjectNode) definition.get("mappings");
    mappings.remove("_source");
    ObjectNode properties = (ObjectNode) mappings.get("properties");
    properties.remove("chunk_vectors");
    properties.properties().forEach(p -> ((ObjectNode) p.getValue()).remove("term_vector"));
    return definition;
  }

  /** The document of an article with its passages and synthetic vectors, for a layout. */
  ObjectNode document(ArticleDocument article, boolean current) {
    List<Chunk> chunks = new ArrayList<>();
    for (String passage : chunker.chunks(article.title(), article.body())) {
      chunks.add(new Chunk(passage, vector()));
    }
    ArticleDocument embedded = chunks.isEmpty() ? article : article.withChunks("bench", chunks);
    ObjectNode document = JSON.valueToTree(embedded);
    if (!current) {
      document.remove("chunk_vectors");
    }
    return document;
  }

  /** A query vector of the same kind as the passages'. */
  float[] vector() {
    return unit(gaussian(), 0.8);
  }

  static int chunks(ObjectNode document) {
    return document.has("chunks") ? ((ArrayNode) document.get("chunks")).size() : 0;
  }

  private float[] gaussian() {
    float[] v = new float[DIMS];
    for (int i = 0; i < DIMS; i++) {
      v[i] = (float) (nextGaussian() / Math.sqrt(DIMS));
    }
    return v;
  }

  private double nextGaussian() {
    double u = 1 - random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  /** The common direction plus {@code noise} times a random one, of unit length. */
  private float[] unit(float[] randomDirection, double noise) {
    float[] v = new float[DIMS];
    double norm = 0;
    for (int i = 0; i < DIMS; i++) {
      v[i] = (float) ((common == null ? 0 : common[i]) + noise * randomDirection[i]);
      norm += v[i] * v[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < DIMS; i++) {
      v[i] *= scale;
    }
    return v;
  }
}
