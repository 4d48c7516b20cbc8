package io.kbplatform.content.importing;

/**
 * What importing one file came to: its state, a reason or note, the article created (for a split
 * document its collection) and how many sections the file became (0 when nothing was imported).
 */
record ImportOutcome(ItemState state, String reason, String articleId, int sections) {

  static ImportOutcome imported(String articleId, String note) {
    return new ImportOutcome(ItemState.IMPORTED, note, articleId, 1);
  }

  static ImportOutcome imported(String articleId, String note, int sections) {
    return new ImportOutcome(ItemState.IMPORTED, note, articleId, sections);
  }

  static ImportOutcome failed(String reason) {
    return new ImportOutcome(ItemState.FAILED, reason, null, 0);
  }

  static ImportOutcome skipped(String reason) {
    return new ImportOutcome(ItemState.SKIPPED, reason, null, 0);
  }
}
