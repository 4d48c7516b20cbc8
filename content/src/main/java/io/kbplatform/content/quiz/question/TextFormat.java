package io.kbplatform.content.quiz.question;

/**
 * How a question's text (or feedback) is written, as GIFT's {@code [moodle]}, {@code [html]},
 * {@code [plain]} and {@code [markdown]} say. Shown to learners escaped unless HTML or Markdown,
 * which are rendered and sanitised.
 */
public enum TextFormat {
  /** Moodle's auto-format: plain text whose line breaks are kept; GIFT's default. */
  MOODLE,
  HTML,
  PLAIN,
  MARKDOWN
}
