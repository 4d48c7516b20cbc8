package io.kbplatform.content.extraction;

import java.util.Objects;

/** A file that could not be extracted, with a reason and a message fit to show to the uploader. */
public class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a file was refused; an API maps each to a status or a per-file error code. */
  public enum Reason {
    /** Not one of the media types we extract, judged by the bytes. */
    UNSUPPORTED_TYPE,
    /** Damaged, truncated or not what it claims to be. */
    CORRUPT,
    /** Protected by a password. */
    ENCRYPTED,
    /** Larger than the input limit. */
    TOO_LARGE,
    /** Took longer than the per-file time limit. */
    TIMEOUT,
    /**
     * Would take too much memory or disk: a ZIP bomb, too many entries, the worker out of memory.
     */
    RESOURCE_LIMIT
  }

  private final Reason reason;

  public ExtractionException(Reason reason, String message) {
    this(reason, message, null);
  }

  public ExtractionException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
