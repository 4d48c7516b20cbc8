package io.kbplatform.content.extraction;

import java.time.Duration;

/**
 * Every extraction worker stayed busy for longer than an interactive caller may wait: the upload is
 * refused (503) with a hint when to try again, instead of hanging behind a long import.
 */
public class ExtractionBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public ExtractionBusyException(Duration waited, Duration retryAfter) {
    super(
        "Every text extraction worker is busy (waited "
            + waited.toMillis()
            + " ms); please try again shortly.");
    this.retryAfter = retryAfter;
  }

  /** When trying again is likely to be served. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
