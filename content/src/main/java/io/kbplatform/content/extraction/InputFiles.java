package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on an input file before any work is spent on it. */
final class InputFiles {

  private InputFiles() {}

  static void checkSize(Path file, ExtractionLimits limits) throws ExtractionException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ExtractionException(Reason.CORRUPT, "The file cannot be read.", e);
    }
    if (size == 0) {
      throw new ExtractionException(Reason.CORRUPT, "The file is empty.");
    }
    if (size > limits.maxInputBytes()) {
      throw new ExtractionException(
          Reason.TOO_LARGE,
          "The file has " + size + " bytes; at most " + limits.maxInputBytes() + " are accepted.");
    }
  }
}
