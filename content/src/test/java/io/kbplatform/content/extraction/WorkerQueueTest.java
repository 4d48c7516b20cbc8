package io.kbplatform.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.extraction.WorkerQueue.Priority;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Handing out extraction workers: uploads wait a bounded time and go before imports. */
class WorkerQueueTest {

  @Test
  void anUploadWaitsAtMostItsWaitTimeAndIsToldWhenToRetry() throws Exception {
    WorkerQueue<String> queue = new WorkerQueue<>(List.of("worker"));
    queue.take(Priority.BACKGROUND, Duration.ZERO); // a long import holds the only worker

    long start = System.nanoTime();
    ExtractionBusyException busy =
        assertThrows(
            ExtractionBusyException.class,
            () -> queue.take(Priority.INTERACTIVE, Duration.ofMillis(200)));

    long waitedMillis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(waitedMillis >= 190 && waitedMillis < 5000, "waited " + waitedMillis + " ms");
    assertEquals(Duration.ofSeconds(1), busy.retryAfter());
  }

  @Test
  void anUploadIsServedBeforeAnImportThatWaitedLonger() throws Exception {
    WorkerQueue<String> queue = new WorkerQueue<>(List.of("worker"));
    String held = queue.take(Priority.BACKGROUND, Duration.ZERO);
    CompletableFuture<String> nextImportFile =
        CompletableFuture.supplyAsync(() -> take(queue, Priority.BACKGROUND));
    Thread.sleep(100); // the import queues first
    CompletableFuture<String> upload =
        CompletableFuture.supplyAsync(() -> take(queue, Priority.INTERACTIVE));
    Thread.sleep(100);

    queue.release(held); // the import's current file is done

    assertEquals("worker", upload.get(5, TimeUnit.SECONDS));
    Thread.sleep(100);
    assertTrue(!nextImportFile.isDone(), "the import waits while the upload extracts");
    queue.release("worker");
    assertEquals("worker", nextImportFile.get(5, TimeUnit.SECONDS));
  }

  @Test
  void twoWorkersServeTwoCallersAtOnce() throws Exception {
    WorkerQueue<String> queue = new WorkerQueue<>(List.of("a", "b"));
    queue.take(Priority.BACKGROUND, Duration.ZERO);

    String second = queue.take(Priority.INTERACTIVE, Duration.ofMillis(50));

    assertTrue(List.of("a", "b").contains(second));
  }

  private static String take(WorkerQueue<String> queue, Priority priority) {
    try {
      return queue.take(priority, Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
