package io.kbplatform.content.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.extraction.ExtractedDocument;
import io.kbplatform.content.extraction.ExtractionBusyException;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool of real extraction workers: while an import holds the only worker with a large file, an
 * upload waits at most its configured time and is then told to retry, instead of hanging.
 */
class DocumentExtractionTest {

  @TempDir Path dir;

  @Test
  void anUploadBehindALongImportIsRefusedAsBusyAfterItsWaitAndServedAfterwards() throws Exception {
    DocumentExtraction extraction =
        new DocumentExtraction(
            104857600, 1000000, 60, "-Xmx384m", 1000, 524288000, 100, 1, Duration.ofMillis(200));
    try {
      Path large = largeText(dir.resolve("手册.txt"), 60);
      Path small = Files.writeString(dir.resolve("通知.md"), "# 通知\n\n今天下午开会。");

      CompletableFuture<ExtractedDocument> importing =
          CompletableFuture.supplyAsync(() -> background(extraction, large));
      while (!extraction.allBusy() && !importing.isDone()) {
        Thread.sleep(5);
      }
      ExtractionBusyException busy =
          assertThrows(ExtractionBusyException.class, () -> extraction.extract(small, "通知.md"));

      assertEquals(Duration.ofSeconds(1), busy.retryAfter());
      assertTrue(importing.get(120, TimeUnit.SECONDS).truncated(), "the import went on");
      assertTrue(extraction.extract(small, "通知.md").markdown().contains("今天下午开会"));
    } finally {
      extraction.close();
    }
  }

  private static ExtractedDocument background(DocumentExtraction extraction, Path file) {
    try {
      return extraction.extractInBackground(file, file.getFileName().toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path largeText(Path file, int megabytes) throws Exception {
    String line = "退款申请须在七天内提交，客服会在二十四小时内回复。\n".repeat(100);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      long bytes = 0;
      while (bytes < megabytes * 1024L * 1024) {
        out.write(line);
        bytes += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return file;
  }
}
