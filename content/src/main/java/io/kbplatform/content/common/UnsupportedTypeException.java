package io.kbplatform.content.common;

/** A file of a type this operation does not accept, judged by its bytes. */
public class UnsupportedTypeException extends ContentException {

  private static final long serialVersionUID = 1L;

  public UnsupportedTypeException(String message) {
    super(message);
  }
}
