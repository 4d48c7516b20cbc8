package io.kbplatform.bench.embedding;

import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.EmbedderStatus;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Passage vectors for a corpus too large to embed whole (100,000 articles would take hours at ~20
 * ms a passage): a pool of passages embedded once by the real model (the app's {@link Embedder},
 * the first articles of the corpus, cached on disk), and for every other passage the vector of a
 * pool passage picked by the passage's hash, moved by a little noise (cosine ~0.99 to it) and
 * normalised again, so that no two vectors are identical, as in a real index. The vectors thus have
 * the real model's distribution, but only pool passages have their own: the benchmark measures the
 * cost of semantic retrieval, not its relevance (docs/search-relevance.md does that).
 */
public final class PooledEmbedder extends Embedder {

  /** Noise per component: |noise| is about 0.14 for 512 dimensions, cosine to the base ~0.99. */
  static final double NOISE = 0.006;

  private final Map<String, float[]> pool = new LinkedHashMap<>();
  private final List<float[]> vectors = new ArrayList<>();
  private Embedder model;
  private long embedNanos;

  public PooledEmbedder() {
    super(false, DEFAULT_MODEL, false, Path.of("target"));
  }

  /**
   * Until {@link #closePool()}, passages not in the pool are embedded by {@code model} and kept.
   */
  public void learnFrom(Embedder model) {
    this.model = model;
  }

  public void closePool() {
    this.model = null;
  }

  public int size() {
    return vectors.size();
  }

  /** Time spent in the real model while learning, in seconds. */
  public double embedSeconds() {
    return embedNanos / 1e9;
  }

  @Override
  public EmbedderStatus status() {
    return new EmbedderStatus(EmbedderStatus.State.READY, "");
  }

  @Override
  public boolean ready() {
    return true;
  }

  @Override
  public Optional<float[]> embedQuery(String query) {
    return Optional.empty();
  }

  @Override
  public synchronized List<float[]> embedPassages(List<String> passages) {
    List<float[]> result = new ArrayList<>(passages.size());
    for (String passage : passages) {
      float[] known = pool.get(passage);
      if (known == null && model != null) {
        long start = System.nanoTime();
        List<float[]> embedded = model.embedPassages(List.of(passage));
        embedNanos += System.nanoTime() - start;
        if (embedded.size() != 1) {
          return List.of();
        }
        known = embedded.get(0);
        pool.put(passage, known);
        vectors.add(known);
      }
      result.add(known != null ? known : borrowed(passage));
    }
    return result;
  }

  /** A pool vector picked by the passage's hash, with noise seeded by the same hash. */
  float[] borrowed(String passage) {
    SplittableRandom random = new SplittableRandom(passage.hashCode() * 0x9E3779B97F4A7C15L);
    float[] base = vectors.get(random.nextInt(vectors.size()));
    float[] v = new float[base.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (base[i] + gaussian(random) * NOISE);
      norm += v[i] * v[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return v;
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double w = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * w);
  }

  public void save(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(pool.size());
      for (Map.Entry<String, float[]> e : pool.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
  }

  /** Adds the passages and vectors saved in {@code file}. */
  public void load(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int n = in.readInt();
      for (int k = 0; k < n; k++) {
        String passage = in.readUTF();
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readFloat();
        }
        pool.put(passage, v);
        vectors.add(v);
      }
    }
  }
}
