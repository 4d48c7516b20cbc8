package io.kbplatform.content.quiz.grading;

import io.kbplatform.content.common.TextFolding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares a typed answer with a short-answer pattern as Moodle's {@code
 * qtype_shortanswer_question::compare_string_with_wildcard} does, case-insensitively, and more
 * forgiving of how Chinese and Latin text is typed: both sides are folded to NFKC with case folding
 * (full-width {@code ＶＩＰ} is {@code vip}), to Simplified Chinese ({@code 會員} is {@code 会员}), with
 * runs of whitespace as one space and no leading or trailing space.
 *
 * <p>In the pattern, {@code *} (or a run of them) matches any characters, {@code \*} is a literal
 * star. Only ASCII stars are wildcards: a full-width {@code ＊} is a literal. Matching runs without
 * regular expressions, in time linear in the answer per wildcard, so a long answer cannot make it
 * backtrack.
 */
final class TypedAnswerMatcher {

  /** A run of stars not preceded by a backslash (Moodle's {@code (?<!\\)\*+}). */
  private static final Pattern WILDCARDS = Pattern.compile("(?<!\\\\)\\*+");

  private TypedAnswerMatcher() {}

  /** Whether the typed answer matches the pattern. */
  static boolean matches(String pattern, String typed) {
    return matchesFolded(foldPattern(pattern), fold(typed));
  }

  /** The typed text as compared: folded, whitespace collapsed, stripped. */
  static String fold(String text) {
    return foldLiteral(text).strip();
  }

  /**
   * The pattern's literal parts, folded, between which any characters may come (one part: no
   * wildcard). Whitespace next to a wildcard is kept, as Moodle keeps it.
   */
  private static List<String> foldPattern(String pattern) {
    String[] raw = WILDCARDS.split(pattern, -1);
    List<String> parts = new ArrayList<>(raw.length);
    for (String part : raw) {
      parts.add(foldLiteral(part.replace("\\*", "*")));
    }
    parts.set(0, parts.get(0).stripLeading());
    int last = parts.size() - 1;
    parts.set(last, parts.get(last).stripTrailing());
    return parts;
  }

  private static String foldLiteral(String text) {
    return TextFolding.fold(text);
  }

  /**
   * The first part starts the text, the last ends it, and the middle ones follow each other in
   * between; taking each middle part's leftmost occurrence never misses a match.
   */
  private static boolean matchesFolded(List<String> parts, String text) {
    if (parts.size() == 1) {
      return text.equals(parts.get(0));
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    int end = text.length() - last.length();
    if (end < first.length() || !text.startsWith(first) || !text.endsWith(last)) {
      return false;
    }
    int from = first.length();
    for (String middle : parts.subList(1, parts.size() - 1)) {
      int at = text.indexOf(middle, from);
      if (at < 0 || at + middle.length() > end) {
        return false;
      }
      from = at + middle.length();
    }
    return true;
  }
}
