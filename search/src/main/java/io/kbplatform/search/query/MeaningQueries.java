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
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private MeaningQueries() {}

  static boolean eligible(String text) {
    return count(HAN.matcher(text)) >= 2 || count(WORD.matcher(text)) >= 2;
  }

  private static int count(Matcher matcher) {
    int count = 0;
    while (matcher.find() && count < 2) {
      count++;
    }
    return count;
  }
}
