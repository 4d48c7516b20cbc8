package io.kbplatform.search.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which queries are worth searching by meaning: those with at least two Chinese characters or two
 * words. A single Latin token (a product code, an order number, a name, one English word) is served
 * by keywords, typo tolerance and synonyms; embedded alone it lands near every other short code.
 */
final class MeaningQueries {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** A token: letters and digits between spaces or punctuation ("AB12CD34" is one token). */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final Pattern LETTERS = Pattern.compile("\\p{L}.*\\p{L}");

  private MeaningQueries() {}

  static boolean eligible(String text) {
    return count(HAN.matcher(text)) >= 2 || words(text) >= 2;
  }

  /** Tokens with at least two letters: a code with letters and digits mixed is one word. */
  private static int words(String text) {
    Matcher tokens = TOKEN.matcher(text);
    int words = 0;
    while (tokens.find() && words < 2) {
      if (LETTERS.matcher(tokens.group()).find()) {
        words++;
      }
    }
    return words;
  }

  private static int count(Matcher matcher) {
    int count = 0;
    while (matcher.find() && count < 2) {
      count++;
    }
    return count;
  }
}
