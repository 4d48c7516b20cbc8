package io.kbplatform.content.extraction;

import java.nio.file.Path;

/** Turns one file into Markdown and index text. */
public interface DocumentExtractor {

  /**
   * Extracts a file.
   *
   * @param file the bytes, on local disk
   * @param fileName the name the client gave; a hint for text types only, never trusted
   * @param limits the bounds for this file
   * @throws ExtractionException when the file is unsupported, damaged, protected or too costly
   */
  ExtractedDocument extract(Path file, String fileName, ExtractionLimits limits)
      throws ExtractionException;
}
