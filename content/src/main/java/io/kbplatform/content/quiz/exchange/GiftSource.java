package io.kbplatform.content.quiz.exchange;

import io.kbplatform.content.quiz.question.FormattedText;
import io.kbplatform.content.quiz.question.TextFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One GIFT question block with its escapes resolved: each character knows whether it was written
 * escaped ({@code \~ \= \# \{ \} \: \\ \n}), so the parser looks for structure only among the
 * unescaped ones. Every search is a single forward or backward scan: parsing stays linear in the
 * block's length whatever it holds.
 */
final class GiftSource {

  private static final String ESCAPABLE = "~=#{}:";

  private final String chars;
  private final boolean[] escaped;
  private final int firstLine;

  private GiftSource(String chars, boolean[] escaped, int firstLine) {
    this.chars = chars;
    this.escaped = escaped;
    this.firstLine = firstLine;
  }

  /**
   * Resolves the escapes of {@code raw}, whose first line is line {@code firstLine} of the file.
   */
  static GiftSource decode(String raw, int firstLine) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean[] flags = new boolean[raw.length()];
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        char next = raw.charAt(i + 1);
        if (ESCAPABLE.indexOf(next) >= 0 || next == '\\' || next == 'n') {
          flags[out.length()] = true;
          out.append(next == 'n' ? '\n' : next);
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return new GiftSource(out.toString(), flags, firstLine);
  }

  int length() {
    return chars.length();
  }

  /** Whether the character at {@code i} is {@code c}, written unescaped. */
  boolean isMark(int i, char c) {
    return i >= 0 && i < chars.length() && chars.charAt(i) == c && !escaped[i];
  }

  /** The first unescaped {@code c} in {@code [from, to)}, or -1. */
  int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isMark(i, c)) {
        return i;
      }
    }
    return -1;
  }

  /** The first unescaped two-character {@code mark} starting in {@code [from, to - 1)}, or -1. */
  int indexOf(String mark, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (isMark(i, mark.charAt(0)) && isMark(i + 1, mark.charAt(1))) {
        return i;
      }
    }
    return -1;
  }

  /** The start of the last run of four unescaped {@code #} in {@code [from, to)}, or -1. */
  int lastIndexOfGeneralFeedback(int from, int to) {
    int run = 0;
    for (int i = to - 1; i >= from; i--) {
      run = isMark(i, '#') ? run + 1 : 0;
      if (run == 4) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The pieces of {@code [from, to)} between unescaped {@code separator}s, each as [start, end).
   */
  List<int[]> split(char separator, int from, int to) {
    List<int[]> pieces = new ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      if (isMark(i, separator)) {
        pieces.add(new int[] {start, i});
        start = i + 1;
      }
    }
    pieces.add(new int[] {start, to});
    return pieces;
  }

  /** Index of the first non-whitespace character in {@code [from, to)}, or {@code to}. */
  int skipSpace(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(chars.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index after the last non-whitespace character in {@code [from, to)}, or {@code from}. */
  int trimEnd(int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(chars.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Whether {@code [from, to)} holds nothing but whitespace. */
  boolean isBlank(int from, int to) {
    return skipSpace(from, to) == to;
  }

  /** The characters of {@code [from, to)}, escapes resolved, trimmed. */
  String text(int from, int to) {
    return chars.substring(from, to).strip();
  }

  /** Whether {@code [from, to)}, trimmed, equals {@code word}. */
  boolean textEquals(int from, int to, String word) {
    int start = skipSpace(from, to);
    int end = trimEnd(start, to);
    return end - start == word.length() && chars.startsWith(word, start);
  }

  /**
   * The text of {@code [from, to)} with its format: a leading {@code [html]}, {@code [markdown]},
   * {@code [plain]} or {@code [moodle]} sets it, else {@code defaultFormat}. Empty text is {@link
   * FormattedText#EMPTY}.
   */
  FormattedText formatted(int from, int to, TextFormat defaultFormat) {
    int start = skipSpace(from, to);
    TextFormat format = defaultFormat;
    if (isMark(start, '[')) {
      int close = indexOf(']', start, to);
      if (close > 0) {
        TextFormat named = formatNamed(chars.substring(start + 1, close));
        if (named != null) {
          format = named;
          start = close + 1;
        }
      }
    }
    String text = text(start, to);
    return text.isEmpty() ? FormattedText.EMPTY : new FormattedText(text, format);
  }

  private static TextFormat formatNamed(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "moodle" -> TextFormat.MOODLE;
      case "html" -> TextFormat.HTML;
      case "plain" -> TextFormat.PLAIN;
      case "markdown" -> TextFormat.MARKDOWN;
      default -> null;
    };
  }

  /**
   * The characters of {@code [start, from)}, then {@code replacement} (unescaped), then those of
   * {@code [to, end)}.
   */
  GiftSource splice(int start, int from, String replacement, int to, int end) {
    String spliced = chars.substring(start, from) + replacement + chars.substring(to, end);
    boolean[] flags = new boolean[spliced.length()];
    System.arraycopy(escaped, start, flags, 0, from - start);
    System.arraycopy(escaped, to, flags, from - start + replacement.length(), end - to);
    return new GiftSource(spliced, flags, lineOf(start));
  }

  /** The 1-based file line of the character at {@code offset}. */
  int lineOf(int offset) {
    int line = firstLine;
    for (int i = 0; i < offset && i < chars.length(); i++) {
      if (isMark(i, '\n')) {
        line++;
      }
    }
    return line;
  }

  /** A syntax error at {@code offset}. */
  GiftSyntaxException error(int offset, String message) {
    return new GiftSyntaxException(lineOf(offset), message);
  }

  /** Why a question block cannot be read; caught per question by {@link GiftReader}. */
  static final class GiftSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    GiftSyntaxException(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }

    ImportError toError() {
      return new ImportError(line, getMessage());
    }
  }
}
