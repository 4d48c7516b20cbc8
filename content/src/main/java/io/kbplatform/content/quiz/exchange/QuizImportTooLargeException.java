package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.common.TooLargeException;

/**
 * A quiz file over {@link ImportLimits}' file size or question count: nothing is imported (413).
 */
public class QuizImportTooLargeException extends TooLargeException {

  private static final long serialVersionUID = 1L;

  public QuizImportTooLargeException(String message) {
    super(message);
  }
}
