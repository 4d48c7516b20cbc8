package io.kbplatform.content.importing;

/** What importing one file came to: its state, a reason or note, and the article created. */
record ImportOutcome(ItemState state, String reason, String articleId) {

  static ImportOutcome imported(String articleId, String note) {
    return new ImportOutcome(ItemState.IMPORTED, note, articleId);
  }

  static ImportOutcome failed(String reason) {
    return new ImportOutcome(ItemState.FAILED, reason, null);
  }

  static ImportOutcome skipped(String reason) {
    return new ImportOutcome(ItemState.SKIPPED, reason, null);
  }
}
