package io.kbplatform.content.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits text into the units a diff compares: each CJK character is a token, a run of letters and
 * digits is a word, a run of blanks is one token, each newline is a token and any other character
 * stands alone. Works on code points, so surrogate pairs are never split; combining marks,
 * variation selectors, emoji modifiers and zero-width-joiner sequences stay with what they modify.
 */
public final class DiffTokenizer {

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private DiffTokenizer() {}

  /** The tokens of {@code text}, in order; their concatenation is {@code text}. */
  public static List<String> tokenize(String text) {
    int[] bounds = boundaries(text);
    List<String> tokens = new ArrayList<>(bounds.length - 1);
    for (int i = 0; i + 1 < bounds.length; i++) {
      tokens.add(text.substring(bounds[i], bounds[i + 1]));
    }
    return tokens;
  }

  /**
   * The start offset of every token followed by {@code text.length()}: token {@code i} is {@code
   * text.substring(b[i], b[i + 1])}.
   */
  static int[] boundaries(String text) {
    int[] bounds = new int[Math.min(text.length(), 1024) + 1];
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      if (count == bounds.length - 1) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[count++] = i;
      i = tokenEnd(text, i);
    }
    bounds[count] = text.length();
    return Arrays.copyOf(bounds, count + 1);
  }

  /** Whether {@code cp} is compared character by character like Chinese. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS;
  }

  private static int tokenEnd(String text, int start) {
    int cp = text.codePointAt(start);
    int end = start + Character.charCount(cp);
    if (cp == '\n') {
      return end;
    }
    if (isCjk(cp)) {
      return extend(text, end);
    }
    if (isWordChar(cp)) {
      while (end < text.length()) {
        int next = text.codePointAt(end);
        if (isWordChar(next) || isExtender(next)) {
          end += Character.charCount(next);
        } else if (isApostrophe(next) && startsWord(text, end + 1)) {
          end += 1;
        } else {
          break;
        }
      }
      return end;
    }
    if (isBlank(cp)) {
      while (end < text.length() && isBlank(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      return extend(text, end);
    }
    if (isRegionalIndicator(cp)
        && end < text.length()
        && isRegionalIndicator(text.codePointAt(end))) {
      end += Character.charCount(text.codePointAt(end)); // a flag is a pair of indicators
    }
    return extend(text, end);
  }

  /** Swallows marks and joiners that belong to the character before {@code end}. */
  private static int extend(String text, int end) {
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (next == ZERO_WIDTH_JOINER) {
        end += 1;
        if (end < text.length() && text.codePointAt(end) != '\n') {
          end += Character.charCount(text.codePointAt(end));
        }
      } else if (isExtender(next)) {
        end += Character.charCount(next);
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) && !isCjk(cp);
  }

  private static boolean startsWord(String text, int index) {
    return index < text.length() && isWordChar(text.codePointAt(index));
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019';
  }

  private static boolean isBlank(int cp) {
    return cp != '\n' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) && !isCjk(cp);
  }

  private static boolean isExtender(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (cp >= 0x1F3FB && cp <= 0x1F3FF); // emoji skin-tone modifiers
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }
}
