package io.kbplatform.bench.embedding;

import io.kbplatform.search.semantic.Chunk;
import io.kbplatform.search.semantic.ChunkVectors;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.EmbedderStatus;
import io.kbplatform.search.semantic.SemanticSettings;
import java.nio.file.Path;
import java.util.List;

/**
 * The app's own {@link Embedder} (quantized bge-small-zh-v1.5 in process) and {@link ChunkVectors}
 * with the default settings: what indexing and a hybrid search pay per article and per query.
 */
public final class AppEmbedderBackend implements EmbeddingBackend {

  private final Embedder embedder;
  private final ChunkVectors vectors;

  public AppEmbedderBackend(Path nativeCache) {
    this.embedder = new Embedder(true, Embedder.DEFAULT_MODEL, false, nativeCache);
    this.vectors = new ChunkVectors(SemanticSettings.defaults(), embedder);
  }

  @Override
  public String describe() {
    return "the app's Embedder (bge-small-zh-v1.5, quantized, langchain4j/ONNX) and ChunkVectors,"
        + " default settings";
  }

  @Override
  public void load() {
    EmbedderStatus status = embedder.load();
    if (!embedder.ready()) {
      throw new IllegalStateException("The model did not load: " + status);
    }
  }

  @Override
  public void embedQuery(String query) {
    embedder.embedQuery(query).orElseThrow();
  }

  @Override
  public int embedArticle(String title, String plainBody) {
    List<Chunk> chunks = vectors.chunksOf(title, plainBody);
    return chunks.size();
  }
}
