package io.kbplatform.content.articlerequest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The query of a request as shown (trimmed, runs of whitespace collapsed to one space) and as
 * compared: also full/half width folded (NFKC) and lowercase, so that "ＶＩＰ 退款" and "vip 退款" are the
 * same request.
 */
public final class RequestedQuery {

  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private RequestedQuery() {}

  /** The query as shown: trimmed, whitespace collapsed; empty for null. */
  public static String tidy(String query) {
    return query == null ? "" : SPACES.matcher(query).replaceAll(" ").strip();
  }

  /** The form two requests are compared in, at most {@code max} characters. */
  public static String normalise(String query, int max) {
    String text = Normalizer.normalize(tidy(query), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return cut(tidy(text), max);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end).strip();
  }
}
