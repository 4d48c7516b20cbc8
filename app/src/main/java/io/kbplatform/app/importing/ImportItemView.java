package io.kbplatform.app.importing;

import io.kbplatform.content.importing.ImportItem;
import io.kbplatform.content.importing.ItemState;

/** One file of an import: its path in the upload, what became of it, and the article made. */
public record ImportItemView(String path, ItemState state, String reason, String articleId) {

  static ImportItemView of(ImportItem item) {
    return new ImportItemView(
        item.path(), item.state(), item.reason().orElse(null), item.articleId().orElse(null));
  }
}
