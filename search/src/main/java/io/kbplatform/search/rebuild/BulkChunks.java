package io.kbplatform.search.rebuild;

import io.kbplatform.search.index.ArticleDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits documents into bulk requests of at most so many documents and roughly so many bytes, so
 * that no request grows past what the cluster handles well (~5–10 MB).
 */
final class BulkChunks {

  private BulkChunks() {}

  static List<List<ArticleDocument>> split(
      List<ArticleDocument> documents, int maxDocuments, long maxBytes) {
    List<List<ArticleDocument>> chunks = new ArrayList<>();
    List<ArticleDocument> chunk = new ArrayList<>();
    long bytes = 0;
    for (ArticleDocument d : documents) {
      long size = estimatedBytes(d);
      if (!chunk.isEmpty() && (chunk.size() >= maxDocuments || bytes + size > maxBytes)) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        bytes = 0;
      }
      chunk.add(d);
      bytes += size;
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  /** A generous estimate of a document's JSON size: text at up to 3 bytes a character. */
  static long estimatedBytes(ArticleDocument d) {
    long chars = 400L + length(d.title()) + length(d.body());
    chars += total(d.tags()) + total(d.attachments()) + total(d.spaceReaders());
    chars += total(d.restrictedTo());
    return chars * 3;
  }

  private static long total(List<String> texts) {
    return texts == null ? 0 : texts.stream().mapToLong(t -> length(t) + 4).sum();
  }

  private static long length(String text) {
    return text == null ? 0 : text.length();
  }
}
