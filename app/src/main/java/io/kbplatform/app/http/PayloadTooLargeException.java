package io.kbplatform.app.http;

import jakarta.ws.rs.WebApplicationException;

/** A request body over the configured limit: 413. */
public class PayloadTooLargeException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException() {
    super(413);
  }

  /** True when the failure, or any of its causes, is a body over the limit. */
  public static boolean isCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLargeException) {
        return true;
      }
    }
    return false;
  }
}
