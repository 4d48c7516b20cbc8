package io.kbplatform.bench.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.search.semantic.Embedder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PooledEmbedderTest {

  /** A stand-in model: a unit vector that depends on the passage's length. */
  private static final class LengthModel extends Embedder {
    int calls;

    LengthModel() {
      super(false, DEFAULT_MODEL, false, Path.of("target"));
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
      calls += passages.size();
      return passages.stream().map(p -> unit(p.length() % 8)).toList();
    }

    @Override
    public Optional<float[]> embedQuery(String query) {
      return Optional.empty();
    }
  }

  @Test
  void poolPassagesKeepTheModelsVectorsOthersBorrowOneWithLittleNoise(@TempDir Path dir)
      throws Exception {
    PooledEmbedder pooled = new PooledEmbedder();
    LengthModel model = new LengthModel();
    pooled.learnFrom(model);
    List<float[]> learnt = pooled.embedPassages(List.of("一", "二二", "三三三"));
    pooled.closePool();

    assertEquals(3, model.calls);
    assertArrayEquals(unit(1), learnt.get(0));
    assertArrayEquals(unit(2), pooled.embedPassages(List.of("二二")).get(0));
    assertEquals(3, model.calls);

    float[] borrowed = pooled.embedPassages(List.of("不在池里的段落")).get(0);
    assertEquals(1.0, dot(borrowed, borrowed), 1e-4);
    double best =
        Math.max(dot(borrowed, unit(1)), Math.max(dot(borrowed, unit(2)), dot(borrowed, unit(3))));
    assertTrue(best > 0.97 && best < 0.9999, "cosine to its pool vector: " + best);
    assertArrayEquals(borrowed, pooled.embedPassages(List.of("不在池里的段落")).get(0));

    Path file = dir.resolve("pool.bin");
    pooled.save(file);
    PooledEmbedder again = new PooledEmbedder();
    again.load(file);
    assertEquals(3, again.size());
    assertArrayEquals(borrowed, again.embedPassages(List.of("不在池里的段落")).get(0));
  }

  private static float[] unit(int axis) {
    float[] v = new float[Embedder.DIMENSIONS];
    v[axis] = 1;
    return v;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
