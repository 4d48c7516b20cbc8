package io.kbplatform.content.common;

/** The request clashes with the current state, such as a key that is already taken. */
public class ConflictException extends ContentException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
