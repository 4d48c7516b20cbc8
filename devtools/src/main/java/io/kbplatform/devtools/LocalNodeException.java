package io.kbplatform.devtools;

/** Thrown when a local node or the dev server cannot be prepared, started or stopped. */
public class LocalNodeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that tells the developer what to do. */
  public LocalNodeException(String message) {
    super(message);
  }

  /** Creates an exception with a message and its cause. */
  public LocalNodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
