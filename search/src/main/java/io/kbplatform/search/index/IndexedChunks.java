package io.kbplatform.search.index;

import io.kbplatform.search.semantic.Chunk;
import io.kbplatform.search.semantic.PackedVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded chunks of a document as the index holds it, put together again so that indexing can
 * reuse them while the article's text is unchanged. From generation {@code v4} on, a chunk's text
 * is in {@code _source} and its vector only in the stored field {@value #FIELD}; indices of older
 * generations kept the vectors in {@code _source}, which is how an upgrade's rebuild still reuses
 * them.
 */
final class IndexedChunks {

  /** The stored field with the packed vectors (see {@link PackedVectors}). */
  static final String FIELD = "chunk_vectors";

  private IndexedChunks() {}

  /**
   * The chunks with their vectors, or empty when they cannot be had whole (no chunks, vectors
   * missing, not as many vectors as chunks, a damaged value): then the article is embedded again.
   *
   * @param sourceChunks the {@code chunks} of the document's {@code _source}
   * @param packedVectors the document's {@value #FIELD}, or null
   */
  static Optional<List<Chunk>> of(List<Chunk> sourceChunks, String packedVectors) {
    if (sourceChunks == null || sourceChunks.isEmpty()) {
      return Optional.empty();
    }
    if (sourceChunks.stream().map(Chunk::vector).allMatch(Objects::nonNull)) {
      return Optional.of(sourceChunks);
    }
    List<float[]> vectors;
    try {
      vectors = PackedVectors.unpack(packedVectors);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (vectors.size() != sourceChunks.size()) {
      return Optional.empty();
    }
    List<Chunk> chunks = new ArrayList<>(sourceChunks.size());
    for (int i = 0; i < sourceChunks.size(); i++) {
      chunks.add(new Chunk(sourceChunks.get(i).text(), vectors.get(i)));
    }
    return Optional.of(chunks);
  }
}
