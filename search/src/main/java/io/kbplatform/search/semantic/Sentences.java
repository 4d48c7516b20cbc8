package io.kbplatform.search.semantic;

import java.util.ArrayList;
import java.util.List;

/** Sentence boundaries and safe cut points for the {@link Chunker}. */
final class Sentences {

  private static final String ENDS = "。！？!?；;…\n";
  private static final String CLOSERS = "”’」』）)》】\"'";
  private static final String CLAUSE_ENDS = "，、,：:";

  private Sentences() {}

  /** Splits a paragraph into sentences, each keeping its end mark; none is empty. */
  static List<String> split(String paragraph) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int n = paragraph.length();
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      boolean end =
          ENDS.indexOf(c) >= 0
              || (c == '.' && (i + 1 == n || Character.isWhitespace(paragraph.charAt(i + 1))));
      if (end) {
        int j = i + 1;
        while (j < n && CLOSERS.indexOf(paragraph.charAt(j)) >= 0) {
          j++;
        }
        addStripped(sentences, paragraph.substring(start, j));
        start = j;
        i = j - 1;
      }
    }
    addStripped(sentences, paragraph.substring(start));
    return sentences;
  }

  /**
   * Where to cut a sentence longer than {@code max}: after a comma-like mark or at a space in the
   * second half of the window, else at the last place that is not inside a Latin word, else (one
   * unbroken word or number) hard at {@code max}, never between the halves of a surrogate pair.
   */
  static int cutPoint(String text, int max) {
    int half = max / 2;
    for (int i = max; i > half; i--) {
      char before = text.charAt(i - 1);
      if (CLAUSE_ENDS.indexOf(before) >= 0 || Character.isWhitespace(before)) {
        return i;
      }
    }
    for (int i = max; i > 0; i--) {
      if (!(isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i)))
          && !Character.isHighSurrogate(text.charAt(i - 1))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || (c >= '\u3000' && c <= '\u303f')
        || (c >= '\uff00' && c <= '\uffef');
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) && !isCjk(c);
  }

  private static void addStripped(List<String> sentences, String sentence) {
    String s = sentence.strip();
    if (!s.isEmpty()) {
      sentences.add(s);
    }
  }
}
