package io.kbplatform.content.common;

/** The caller edited an older state than the current one: someone else saved first. */
public class StaleVersionException extends ContentException {

  private static final long serialVersionUID = 1L;

  public StaleVersionException(String message) {
    super(message);
  }
}
