package io.kbplatform.content.extraction;

import java.time.Duration;

/**
 * Bounds for one extraction: input and output size, time and memory of the worker JVM, and the
 * limits applied to ZIP archives (uploaded ones and the containers of Office files).
 *
 * @param maxInputBytes largest file accepted at all
 * @param maxOutputChars characters of Markdown or text kept; beyond that the result is truncated
 * @param timeout time one file may take in the worker before the worker is killed
 * @param workerHeap the worker JVM's {@code -Xmx} option, e.g. {@code -Xmx384m}
 * @param maxZipEntries entries an uploaded ZIP may hold
 * @param maxZipBytes total uncompressed bytes an uploaded ZIP may expand to
 * @param maxCompressionRatio uncompressed to compressed size beyond which a ZIP is a bomb
 */
public record ExtractionLimits(
    long maxInputBytes,
    int maxOutputChars,
    Duration timeout,
    String workerHeap,
    int maxZipEntries,
    long maxZipBytes,
    long maxCompressionRatio) {

  public static final long DEFAULT_MAX_INPUT_BYTES = 100L * 1024 * 1024;
  public static final int DEFAULT_MAX_OUTPUT_CHARS = 1_000_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final String DEFAULT_WORKER_HEAP = "-Xmx384m";
  public static final int DEFAULT_MAX_ZIP_ENTRIES = 1000;
  public static final long DEFAULT_MAX_ZIP_BYTES = 500L * 1024 * 1024;
  public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;

  public ExtractionLimits {
    requirePositive(maxInputBytes, "maxInputBytes");
    requirePositive(maxOutputChars, "maxOutputChars");
    requirePositive(maxZipEntries, "maxZipEntries");
    requirePositive(maxZipBytes, "maxZipBytes");
    requirePositive(maxCompressionRatio, "maxCompressionRatio");
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (workerHeap == null || !workerHeap.matches("-Xmx\\d+[kKmMgG]?")) {
      throw new IllegalArgumentException("workerHeap must look like -Xmx384m: " + workerHeap);
    }
  }

  public static ExtractionLimits defaults() {
    return new ExtractionLimits(
        DEFAULT_MAX_INPUT_BYTES,
        DEFAULT_MAX_OUTPUT_CHARS,
        DEFAULT_TIMEOUT,
        DEFAULT_WORKER_HEAP,
        DEFAULT_MAX_ZIP_ENTRIES,
        DEFAULT_MAX_ZIP_BYTES,
        DEFAULT_MAX_COMPRESSION_RATIO);
  }

  /**
   * Limits from configuration-style values (MicroProfile Config converts {@code 30S} or {@code
   * PT30S} to a {@link Duration}, or pass seconds).
   */
  public static ExtractionLimits of(
      long maxInputBytes,
      int maxOutputChars,
      long timeoutSeconds,
      String workerHeap,
      int maxZipEntries,
      long maxZipBytes,
      long maxCompressionRatio) {
    return new ExtractionLimits(
        maxInputBytes,
        maxOutputChars,
        Duration.ofSeconds(timeoutSeconds),
        workerHeap,
        maxZipEntries,
        maxZipBytes,
        maxCompressionRatio);
  }

  public ExtractionLimits withTimeout(Duration newTimeout) {
    return new ExtractionLimits(
        maxInputBytes,
        maxOutputChars,
        newTimeout,
        workerHeap,
        maxZipEntries,
        maxZipBytes,
        maxCompressionRatio);
  }

  public ExtractionLimits withMaxOutputChars(int newMaxOutputChars) {
    return new ExtractionLimits(
        maxInputBytes,
        newMaxOutputChars,
        timeout,
        workerHeap,
        maxZipEntries,
        maxZipBytes,
        maxCompressionRatio);
  }

  public ExtractionLimits withZipLimits(int entries, long bytes, long ratio) {
    return new ExtractionLimits(
        maxInputBytes, maxOutputChars, timeout, workerHeap, entries, bytes, ratio);
  }

  private static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
