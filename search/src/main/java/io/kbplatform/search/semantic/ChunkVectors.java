package io.kbplatform.search.semantic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code chunks} of an article document: its passages with their vectors. An article
 * indexed while the model is not ready gets none; it is found by keywords, and gets its vectors the
 * next time it is indexed (a rebuild, or its next publication).
 */
@ApplicationScoped
public class ChunkVectors {

  private Chunker chunker;
  private Embedder embedder;

  protected ChunkVectors() {}

  @Inject
  public ChunkVectors(SemanticSettings settings, Embedder embedder) {
    this(new Chunker(settings.chunkChars(), settings.maxChunks()), embedder);
  }

  public ChunkVectors(Chunker chunker, Embedder embedder) {
    this.chunker = chunker;
    this.embedder = embedder;
  }

  /** The passages and vectors of an article; empty when the model is not ready or on failure. */
  public List<Chunk> chunksOf(String title, String plainBody) {
    if (!embedder.ready()) {
      return List.of();
    }
    List<String> passages = chunker.chunks(title, plainBody);
    List<float[]> vectors = embedder.embedPassages(passages);
    if (vectors.size() != passages.size()) {
      return List.of();
    }
    List<Chunk> chunks = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      chunks.add(new Chunk(passages.get(i), vectors.get(i)));
    }
    return chunks;
  }
}
