package io.kbplatform.content.quiz.exchange;

import java.util.regex.Pattern;

/** Names a question that came without one, as Moodle does: from the start of its text. */
final class DefaultNames {

  static final int MAX_LENGTH = 80;

  // No nested quantifiers: matches in linear time.
  private static final Pattern TAG = Pattern.compile("<[^<>]*>");

  private DefaultNames() {}

  static String from(String questionText) {
    String plain = TAG.matcher(questionText).replaceAll(" ").replaceAll("\\s+", " ").strip();
    if (plain.codePointCount(0, plain.length()) <= MAX_LENGTH) {
      return plain;
    }
    return plain.substring(0, plain.offsetByCodePoints(0, MAX_LENGTH - 1)).strip() + "…";
  }
}
