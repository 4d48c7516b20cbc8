package io.kbplatform.content.common;

/** Base of the business exceptions; the REST layer maps each subtype to one HTTP status. */
public abstract class ContentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected ContentException(String message) {
    super(message);
  }
}
