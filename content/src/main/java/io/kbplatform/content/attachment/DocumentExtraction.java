package io.kbplatform.content.attachment;

import io.kbplatform.content.extraction.DocumentExtractor;
import io.kbplatform.content.extraction.ExtractedDocument;
import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.ExtractionLimits;
import io.kbplatform.content.extraction.ForkedDocumentExtractor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one {@link ForkedDocumentExtractor}, with limits from configuration ({@code
 * kb.extraction.*}). The worker JVM starts on first use and is stopped when the application stops.
 */
@ApplicationScoped
public class DocumentExtraction {

  private ExtractionLimits limits;
  private ForkedDocumentExtractor extractor;

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
          long maxCompressionRatio) {
    this.limits =
        ExtractionLimits.of(
            maxInputBytes,
            maxOutputChars,
            timeoutSeconds,
            workerHeap,
            maxZipEntries,
            maxZipBytes,
            maxCompressionRatio);
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /** Extracts one file in the worker JVM; one file at a time. */
  public ExtractedDocument extract(Path file, String fileName) throws ExtractionException {
    return extractor().extract(file, fileName, limits);
  }

  private synchronized DocumentExtractor extractor() {
    if (extractor == null) {
      extractor = new ForkedDocumentExtractor();
    }
    return extractor;
  }

  @PreDestroy
  synchronized void close() {
    if (extractor != null) {
      extractor.close();
      extractor = null;
    }
  }
}
