package io.kbplatform.search.rebuild;

/** What a bulk write did: documents written (or already newer), rejected, and the first error. */
record BulkOutcome(int written, int rejected, String firstError) {

  static final BulkOutcome NONE = new BulkOutcome(0, 0, null);

  BulkOutcome plus(BulkOutcome other) {
    return new BulkOutcome(
        written + other.written,
        rejected + other.rejected,
        firstError != null ? firstError : other.firstError);
  }
}
