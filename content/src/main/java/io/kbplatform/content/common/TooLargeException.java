package io.kbplatform.content.common;

/** Input beyond a documented bound (a file too big, too many items): refused whole (413). */
public class TooLargeException extends ContentException {

  private static final long serialVersionUID = 1L;

  public TooLargeException(String message) {
    super(message);
  }
}
