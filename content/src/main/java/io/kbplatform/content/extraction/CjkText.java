package io.kbplatform.content.extraction;

import java.util.regex.Pattern;

/**
 * Cleans extracted text for Chinese and Japanese: PDF text gets spaces inside phrases ({@code 回复
 * 客户}), which split words for the index. Korean keeps its spaces, as they separate words.
 */
public final class CjkText {

  private static final String CJK =
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsBopomofo}\\u3000-\\u303F\\uFF00-\\uFFEF]";

  /** Horizontal whitespace between two CJK characters. */
  private static final Pattern SPACES_BETWEEN =
      Pattern.compile("(?<=" + CJK + ")\\h+(?=" + CJK + ")");

  private static final Pattern BLANK_LINES = Pattern.compile("(?:\\h*\\R){3,}");
  private static final Pattern TRAILING_SPACES = Pattern.compile("(?m)\\h+$");

  private CjkText() {}

  /** Removes spaces and tabs between CJK characters, keeping line breaks. */
  public static String joinCjkSpaces(String text) {
    return SPACES_BETWEEN.matcher(text).replaceAll("");
  }

  /**
   * Text for the index: spaces between CJK characters removed, lines kept, no trailing spaces and
   * no runs of blank lines.
   */
  public static String forIndex(String text) {
    String joined = joinCjkSpaces(text);
    String trimmed = TRAILING_SPACES.matcher(joined).replaceAll("");
    return BLANK_LINES.matcher(trimmed).replaceAll("\n\n").strip();
  }
}
