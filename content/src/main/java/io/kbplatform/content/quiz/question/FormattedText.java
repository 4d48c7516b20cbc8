package io.kbplatform.content.quiz.question;

import java.util.Objects;

/** A text with its format: a question's wording, an option, a feedback. */
public record FormattedText(String text, TextFormat format) {

  /** No text (no feedback given). */
  public static final FormattedText EMPTY = new FormattedText("", TextFormat.MOODLE);

  public FormattedText {
    text = text == null ? "" : text;
    Objects.requireNonNull(format, "format");
  }

  /** Text in GIFT's default format. */
  public static FormattedText of(String text) {
    return new FormattedText(text, TextFormat.MOODLE);
  }

  public boolean isEmpty() {
    return text.isBlank();
  }
}
