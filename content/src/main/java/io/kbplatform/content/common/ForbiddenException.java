package io.kbplatform.content.common;

/** The caller may see the thing but not do this to it. */
public class ForbiddenException extends ContentException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
