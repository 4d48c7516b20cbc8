package io.kbplatform.content.common;

/** The request names things that cannot go together, such as a category of another space. */
public class InvalidRequestException extends ContentException {

  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }
}
