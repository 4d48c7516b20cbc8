package io.kbplatform.bench.indexing;

/**
 * One indexing run: how many documents ended up searchable, how long it took (wall clock, from the
 * request to the last document searchable) and the resulting rate.
 *
 * @param method how it was done, e.g. {@code admin API rebuild} or {@code raw _bulk}
 */
public record IndexingResult(
    String method,
    int documents,
    long indexed,
    double seconds,
    double documentsPerSecond,
    int bulkSize,
    String detail) {

  static IndexingResult of(
      String method, int documents, long indexed, long nanos, int bulkSize, String detail) {
    double seconds = nanos / 1e9;
    return new IndexingResult(
        method, documents, indexed, round(seconds), round(indexed / seconds), bulkSize, detail);
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
