package io.kbplatform.content.attachment;

import io.kbplatform.content.extraction.ExtractedDocument;
import io.kbplatform.content.extraction.ExtractionBusyException;
import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.ExtractionLimits;
import io.kbplatform.content.extraction.ForkedDocumentExtractor;
import io.kbplatform.content.extraction.WorkerQueue;
import io.kbplatform.content.extraction.WorkerQueue.Priority;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's pool of {@link ForkedDocumentExtractor}s ({@code kb.extraction.workers} worker
 * JVMs, each started on first use and stopped with the application), with limits from configuration
 * ({@code kb.extraction.*}). Uploads are interactive: they wait at most {@code kb.extraction.wait}
 * for a worker and are then refused as busy; imports run in the background and take a worker only
 * while no upload waits.
 */
@ApplicationScoped
public class DocumentExtraction {

  private ExtractionLimits limits;
  private List<ForkedDocumentExtractor> extractors;
  private WorkerQueue<ForkedDocumentExtractor> queue;
  private Duration wait;

  protected DocumentExtraction() {}

  @Inject
  public DocumentExtraction(
      @ConfigProperty(name = "kb.extraction.max-input-bytes", defaultValue = "104857600")
          long maxInputBytes,
      @ConfigProperty(name = "kb.extraction.max-output-chars", defaultValue = "1000000")
          int maxOutputChars,
      @ConfigProperty(name = "kb.extraction.timeout-seconds", defaultValue = "30")
          long timeoutSeconds,
      @ConfigProperty(name = "kb.extraction.worker-heap", defaultValue = "-Xmx384m")
          String workerHeap,
      @ConfigProperty(name = "kb.extraction.max-zip-entries", defaultValue = "1000")
          int maxZipEntries,
      @ConfigProperty(name = "kb.extraction.max-zip-bytes", defaultValue = "524288000")
          long maxZipBytes,
      @ConfigProperty(name = "kb.extraction.max-compression-ratio", defaultValue = "100")
          long maxCompressionRatio,
      @ConfigProperty(name = "kb.extraction.workers", defaultValue = "1") int workers,
      @ConfigProperty(name = "kb.extraction.wait", defaultValue = "PT20S") Duration wait) {
    this.limits =
        ExtractionLimits.of(
            maxInputBytes,
            maxOutputChars,
            timeoutSeconds,
            workerHeap,
            maxZipEntries,
            maxZipBytes,
            maxCompressionRatio);
    if (workers < 1 || wait.isNegative()) {
      throw new IllegalArgumentException(
          "kb.extraction.workers must be at least 1 and kb.extraction.wait not negative");
    }
    this.extractors =
        IntStream.range(0, workers).mapToObj(i -> new ForkedDocumentExtractor()).toList();
    this.queue = new WorkerQueue<>(extractors);
    this.wait = wait;
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * Extracts one file for someone waiting on the answer (an upload).
   *
   * @throws ExtractionBusyException when no worker became free within {@code kb.extraction.wait}
   */
  public ExtractedDocument extract(Path file, String fileName) throws ExtractionException {
    return extract(file, fileName, Priority.INTERACTIVE);
  }

  /** Extracts one file for a background job (an import), after any waiting upload. */
  public ExtractedDocument extractInBackground(Path file, String fileName)
      throws ExtractionException {
    return extract(file, fileName, Priority.BACKGROUND);
  }

  private ExtractedDocument extract(Path file, String fileName, Priority priority)
      throws ExtractionException {
    ForkedDocumentExtractor extractor;
    try {
      extractor = queue.take(priority, wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExtractionException(
          ExtractionException.Reason.TIMEOUT, "Extraction was interrupted.", e);
    }
    try {
      return extractor.extract(file, fileName, limits);
    } finally {
      queue.release(extractor);
    }
  }

  /** Whether every worker is extracting now. */
  boolean allBusy() {
    return queue.idleWorkers().isEmpty();
  }

  @PreDestroy
  void close() {
    extractors.forEach(ForkedDocumentExtractor::close);
  }
}
