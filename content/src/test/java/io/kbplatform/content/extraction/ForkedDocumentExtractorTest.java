package io.kbplatform.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction in the worker JVM: results, hostile files, timeouts, crashes and clean-up. */
class ForkedDocumentExtractorTest {

  private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

  @TempDir static Path dir;
  private static ForkedDocumentExtractor extractor;
  private static Path docx;
  private static Path hugeDocx;

  @BeforeAll
  static void start() throws Exception {
    extractor = new ForkedDocumentExtractor();
    docx = Fixtures.docx(dir, "指南.docx", "Heading1", "客戶服務", null, Fixtures.TRADITIONAL);
    hugeDocx = Fixtures.hugeDocx(dir, "huge.docx", 100);
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  @Test
  void extractsInAChildProcess() throws Exception {
    ExtractedDocument doc = extractor.extract(docx, "指南.docx", LIMITS);

    assertEquals("# 客戶服務\n\n" + Fixtures.TRADITIONAL, doc.markdown());
    ProcessHandle worker = extractor.workerProcess().orElseThrow();
    assertTrue(worker.isAlive());
    assertNotEquals(ProcessHandle.current().pid(), worker.pid());
    assertEquals(ProcessHandle.current().pid(), worker.parent().orElseThrow().pid());
  }

  @Test
  void failuresInTheWorkerArriveWithTheirReason() throws Exception {
    Path locked = Fixtures.pdf(dir, "locked.pdf", "secret", "Hidden");
    Path png = Files.write(dir.resolve("photo.docx"), Fixtures.PNG);

    ExtractionException encrypted =
        assertThrows(
            ExtractionException.class, () -> extractor.extract(locked, "locked.pdf", LIMITS));
    ExtractionException unsupported =
        assertThrows(ExtractionException.class, () -> extractor.extract(png, "photo.docx", LIMITS));

    assertEquals(Reason.ENCRYPTED, encrypted.reason());
    assertEquals(Reason.UNSUPPORTED_TYPE, unsupported.reason());
    assertTrue(unsupported.getMessage().contains("image/png"), unsupported.getMessage());
  }

  @Test
  void aDocxWithAHundredMegabyteBodyIsBoundedAndOnlyTheWorkerSpendsMemory() throws Exception {
    assertTrue(Files.size(hugeDocx) < 1024 * 1024, "fixture should compress well");
    long usedBefore = usedHeapAfterGc();

    ExtractedDocument doc = null;
    try {
      doc = extractor.extract(hugeDocx, "huge.docx", LIMITS);
    } catch (ExtractionException e) {
      assertEquals(Reason.RESOURCE_LIMIT, e.reason(), e::getMessage);
    }

    if (doc != null) {
      String markdown = doc.markdown();
      assertTrue(doc.truncated());
      assertTrue(markdown.length() <= LIMITS.maxOutputChars());
      assertTrue(markdown.startsWith(Fixtures.SIMPLIFIED), () -> markdown.substring(0, 50));
    }
    long grown = usedHeapAfterGc() - usedBefore;
    assertTrue(grown < 64L * 1024 * 1024, "the test JVM's heap grew by " + grown);
  }

  @Test
  void aWorkerThatRunsOutOfMemoryFailsThatFileOnlyAndIsReplaced() throws Exception {
    ExtractionLimits starved = LIMITS.withMaxOutputChars(200_000_000);
    ExtractionLimits smallHeap =
        new ExtractionLimits(
            starved.maxInputBytes(),
            starved.maxOutputChars(),
            Duration.ofSeconds(60),
            "-Xmx96m",
            starved.maxZipEntries(),
            starved.maxZipBytes(),
            1_000_000);

    ExtractionException e =
        assertThrows(
            ExtractionException.class, () -> extractor.extract(hugeDocx, "huge.docx", smallHeap));

    assertEquals(Reason.RESOURCE_LIMIT, e.reason(), e::getMessage);
    assertTrue(e.getMessage().contains("memory"), e.getMessage());
    assertEquals("客戶服務", extractor.extract(docx, "指南.docx", LIMITS).title());
  }

  @Test
  void aFileThatTakesTooLongTimesOutAndTheNextFileWorks() throws Exception {
    extractor.extract(docx, "指南.docx", LIMITS);
    ProcessHandle before = extractor.workerProcess().orElseThrow();
    ExtractionLimits hurried =
        LIMITS.withMaxOutputChars(100_000_000).withTimeout(Duration.ofMillis(300));
    long start = System.nanoTime();

    ExtractionException e =
        assertThrows(
            ExtractionException.class, () -> extractor.extract(hugeDocx, "huge.docx", hurried));

    assertEquals(Reason.TIMEOUT, e.reason());
    assertEquals("Extraction took longer than the limit of 0.3 s.", e.getMessage());
    assertTrue(System.nanoTime() - start < 15_000_000_000L);
    assertFalse(before.isAlive(), "the timed-out worker is killed");
    assertEquals("客戶服務", extractor.extract(docx, "指南.docx", LIMITS).title());
    assertNotEquals(before.pid(), extractor.workerProcess().orElseThrow().pid());
  }

  @Test
  void aWorkerKilledFromOutsideIsReplaced() throws Exception {
    extractor.extract(docx, "指南.docx", LIMITS);
    ProcessHandle worker = extractor.workerProcess().orElseThrow();
    worker.destroyForcibly();
    worker.onExit().get();

    assertEquals("客戶服務", extractor.extract(docx, "指南.docx", LIMITS).title());
  }

  @Test
  void filesBeyondTheInputLimitAreRefusedBeforeTheWorkerSeesThem() throws Exception {
    ExtractionLimits tiny = new ExtractionLimits(100, 1000, LIMITS.timeout(), "-Xmx384m", 1, 1, 1);

    ExtractionException e =
        assertThrows(ExtractionException.class, () -> extractor.extract(docx, "指南.docx", tiny));

    assertEquals(Reason.TOO_LARGE, e.reason());
  }

  @Test
  void afterCloseNoWorkerIsLeft() throws Exception {
    ForkedDocumentExtractor own = new ForkedDocumentExtractor();
    own.extract(docx, "指南.docx", LIMITS);
    ProcessHandle worker = own.workerProcess().orElseThrow();

    own.close();

    assertFalse(worker.isAlive());
    assertTrue(own.workerProcess().isEmpty());
    assertThrows(IllegalStateException.class, () -> own.extract(docx, "指南.docx", LIMITS));
  }

  @Test
  void anIdleWorkerIsStoppedAndTheNextFileStartsANewOne() throws Exception {
    try (ForkedDocumentExtractor own =
        new ForkedDocumentExtractor(
            WorkerClasspath.current(),
            Path.of(System.getProperty("java.io.tmpdir")),
            Duration.ofMillis(500))) {
      own.extract(docx, "指南.docx", LIMITS);
      ProcessHandle first = own.workerProcess().orElseThrow();

      assertTrue(first.onExit().get(30, TimeUnit.SECONDS) != null);
      assertTrue(own.workerProcess().isEmpty());

      ExtractedDocument again = own.extract(docx, "指南.docx", LIMITS);
      assertFalse(again.markdown().isBlank());
      assertTrue(own.workerProcess().orElseThrow().pid() != first.pid());
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    Thread.sleep(100);
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
