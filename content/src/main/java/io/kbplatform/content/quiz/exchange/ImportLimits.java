package io.kbplatform.content.quiz.exchange;

/**
 * The bounds every reader enforces, so that a hostile or mistaken file costs bounded time and
 * memory. A file or question count over its bound raises {@link QuizImportTooLargeException}; a
 * line or an answer list over its bound makes that question an {@link ImportError}.
 */
public final class ImportLimits {

  /** Characters in a whole file (2 MiB of characters). */
  public static final int MAX_FILE_CHARS = 2 * 1024 * 1024;

  /** Questions in one file. */
  public static final int MAX_QUESTIONS = 2_000;

  /** Answers (options, pairs, accepted answers) in one question. */
  public static final int MAX_ANSWERS_PER_QUESTION = 100;

  /** Characters in one line. */
  public static final int MAX_LINE_CHARS = 100_000;

  private ImportLimits() {}

  static void checkFileSize(String text) {
    if (text.length() > MAX_FILE_CHARS) {
      throw new QuizImportTooLargeException(
          "the file has "
              + text.length()
              + " characters; at most "
              + MAX_FILE_CHARS
              + " can be imported at once");
    }
  }

  static void checkQuestionCount(int count) {
    if (count > MAX_QUESTIONS) {
      throw new QuizImportTooLargeException(
          "the file has more than " + MAX_QUESTIONS + " questions; split it into several files");
    }
  }
}
