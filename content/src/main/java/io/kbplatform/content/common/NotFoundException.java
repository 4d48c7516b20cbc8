package io.kbplatform.content.common;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends ContentException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, String id) {
    super(what + " '" + id + "' was not found.");
  }
}
