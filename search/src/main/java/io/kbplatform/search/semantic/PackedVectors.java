package io.kbplatform.search.semantic;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The vectors of an article's chunks packed into one binary value, as the index stores them in its
 * {@code chunk_vectors} field (stored, not indexed, left out of {@code _source}): a rebuild reads
 * them back with {@code stored_fields} to reuse the vectors of unchanged articles, while searches
 * never load them. Layout: the dimension count (a 4-byte int), then every vector's floats in chunk
 * order (IEEE 754, big-endian), in Base64 as Elasticsearch takes binary values.
 */
public final class PackedVectors {

  private static final int HEADER = Integer.BYTES;

  private PackedVectors() {}

  /** The vectors packed, or null when there are none. */
  public static String pack(List<float[]> vectors) {
    if (vectors == null || vectors.isEmpty()) {
      return null;
    }
    int dims = vectors.get(0).length;
    ByteBuffer bytes = ByteBuffer.allocate(HEADER + vectors.size() * dims * Float.BYTES);
    bytes.putInt(dims);
    for (float[] vector : vectors) {
      if (vector.length != dims) {
        throw new IllegalArgumentException(
            "Vectors of "
                + vector.length
                + " and "
                + dims
                + " dimensions cannot be packed together");
      }
      for (float v : vector) {
        bytes.putFloat(v);
      }
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  /**
   * The vectors of a packed value, in order; none for null.
   *
   * @throws IllegalArgumentException when the value is not Base64 or not whole vectors
   */
  public static List<float[]> unpack(String packed) {
    if (packed == null || packed.isEmpty()) {
      return List.of();
    }
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(packed));
    if (bytes.remaining() < HEADER) {
      throw new IllegalArgumentException("Packed vectors without a dimension count");
    }
    int dims = bytes.getInt();
    int vectorBytes = dims * Float.BYTES;
    if (dims <= 0 || bytes.remaining() % vectorBytes != 0) {
      throw new IllegalArgumentException(
          "Packed vectors of " + dims + " dimensions with " + bytes.remaining() + " bytes");
    }
    List<float[]> vectors = new ArrayList<>(bytes.remaining() / vectorBytes);
    while (bytes.hasRemaining()) {
      float[] vector = new float[dims];
      for (int i = 0; i < dims; i++) {
        vector[i] = bytes.getFloat();
      }
      vectors.add(vector);
    }
    return vectors;
  }
}
