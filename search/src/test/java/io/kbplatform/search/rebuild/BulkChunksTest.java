package io.kbplatform.search.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kbplatform.search.index.ArticleDocument;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkChunksTest {

  private static ArticleDocument doc(int i, int bodyChars) {
    return new ArticleDocument(
        "a" + i,
        "S",
        null,
        null,
        1,
        "标题",
        "字".repeat(bodyChars),
        List.of(),
        "o",
        "PUBLISHED",
        false,
        "2026-01-01T00:00:00Z",
        "2026-01-01T00:00:00Z",
        List.of("everyone"),
        List.of("*"),
        List.of(),
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void smallDocumentsAreCutByCount() {
    List<ArticleDocument> docs = IntStream.range(0, 1234).mapToObj(i -> doc(i, 100)).toList();

    List<List<ArticleDocument>> chunks = BulkChunks.split(docs, 500, 8L << 20);

    assertEquals(List.of(500, 500, 234), chunks.stream().map(List::size).toList());
  }

  @Test
  void largeDocumentsAreCutBySize() {
    List<ArticleDocument> docs = IntStream.range(0, 10).mapToObj(i -> doc(i, 1_000_000)).toList();

    List<List<ArticleDocument>> chunks = BulkChunks.split(docs, 500, 8L << 20);

    assertEquals(List.of(2, 2, 2, 2, 2), chunks.stream().map(List::size).toList());
  }

  @Test
  void aSingleHugeDocumentStillGoesAlone() {
    List<List<ArticleDocument>> chunks = BulkChunks.split(List.of(doc(1, 5_000_000)), 500, 1000);

    assertEquals(1, chunks.size());
  }
}
