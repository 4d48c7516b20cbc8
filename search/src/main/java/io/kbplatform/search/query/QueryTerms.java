package io.kbplatform.search.query;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a query as a passage marks them: Latin words and numbers, and the two-character runs
 * of Chinese text (as the index's bigram field sees them; a lone character stands alone), folded
 * the way the index's analysis folds text (full width to half width, lower case, Traditional to
 * Simplified), without the question words ({@link QuestionWords}).
 */
final class QueryTerms {

  /** ICU transliterators are not thread-safe: every use holds this one's lock (microseconds). */
  private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
      Transliterator.getInstance("Traditional-Simplified");

  private final List<String> terms;

  private QueryTerms(List<String> terms) {
    this.terms = terms;
  }

  static QueryTerms of(String query) {
    if (query == null || query.isBlank()) {
      return new QueryTerms(List.of());
    }
    String folded = fold(QuestionWords.strip(query.strip()));
    Set<String> terms = new LinkedHashSet<>();
    int i = 0;
    int n = folded.length();
    while (i < n) {
      char c = folded.charAt(i);
      if (isHan(c)) {
        int end = i;
        while (end < n && isHan(folded.charAt(end))) {
          end++;
        }
        if (end - i == 1) {
          terms.add(folded.substring(i, end));
        }
        for (int j = i; j + 2 <= end; j++) {
          terms.add(folded.substring(j, j + 2));
        }
        i = end;
      } else if (Character.isLetterOrDigit(c)) {
        int end = i;
        while (end < n
            && Character.isLetterOrDigit(folded.charAt(end))
            && !isHan(folded.charAt(end))) {
          end++;
        }
        if (end - i >= 2 || Character.isDigit(c)) {
          terms.add(folded.substring(i, end));
        }
        i = end;
      } else {
        i++;
      }
    }
    return new QueryTerms(List.copyOf(terms));
  }

  boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * Marks in {@code marked} every place of {@code text} where a term occurs; Latin terms only at
   * the start of a word (so {@code in} is not marked inside {@code login}, but {@code refund} is
   * inside {@code refunds}). True when anything was marked.
   */
  boolean mark(String text, boolean[] marked) {
    String folded = fold(text);
    boolean any = false;
    for (String term : terms) {
      boolean latin = !isHan(term.charAt(0));
      for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
        if (latin && at > 0 && Character.isLetterOrDigit(folded.charAt(at - 1))) {
          continue;
        }
        for (int k = at; k < at + term.length(); k++) {
          marked[k] = true;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * The text folded as the analysis folds it, character for character (the result has the same
   * length, so that a place in it is the same place in the text).
   */
  static String fold(String text) {
    String simplified;
    synchronized (TRADITIONAL_TO_SIMPLIFIED) {
      simplified = TRADITIONAL_TO_SIMPLIFIED.transliterate(text);
    }
    boolean sameLength = simplified.length() == text.length();
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = sameLength ? simplified.charAt(i) : text.charAt(i);
      if (!sameLength && isHan(c)) {
        String one;
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
          one = TRADITIONAL_TO_SIMPLIFIED.transliterate(String.valueOf(c));
        }
        c = one.length() == 1 ? one.charAt(0) : c;
      }
      String width = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
      char w = width.length() == 1 ? width.charAt(0) : c;
      String lower = String.valueOf(w).toLowerCase(Locale.ROOT);
      folded.append(lower.length() == 1 ? lower.charAt(0) : w);
    }
    return folded.toString();
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
