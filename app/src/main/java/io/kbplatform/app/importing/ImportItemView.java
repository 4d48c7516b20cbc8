package io.kbplatform.app.importing;

import io.kbplatform.content.importing.ImportItem;
import io.kbplatform.content.importing.ItemState;

/**
 * One file of an import: its path in the upload, what became of it, the article made (for a
 * document split into sections, their collection) and how many sections it became (1 when it stayed
 * whole, null when nothing was imported).
 */
public record ImportItemView(
    String path, ItemState state, String reason, String articleId, Integer sections) {

  static ImportItemView of(ImportItem item) {
    return new ImportItemView(
        item.path(),
        item.state(),
        item.reason().orElse(null),
        item.articleId().orElse(null),
        item.sections().orElse(null));
  }
}
