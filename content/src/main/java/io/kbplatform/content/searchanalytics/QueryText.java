package io.kbplatform.content.searchanalytics;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns what a searcher typed into the form analytics keep: full/half width folded (NFKC),
 * lowercase, trimmed, runs of whitespace collapsed to one space, at most {@value #MAX_LENGTH}
 * characters, and personal data masked ({@link PersonalData}): e-mail addresses become {@code @},
 * phone, ID, card and order numbers {@code #}, names {@code *}.
 */
public final class QueryText {

  public static final int MAX_LENGTH = 200;
  public static final int MAX_FILTERS_LENGTH = 1000;

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private QueryText() {}

  /** The normalised query with personal data masked by pattern; "" for null or blank input. */
  public static String normalise(String query) {
    return normalise(query, PersonalData.PATTERNS_ONLY);
  }

  /** The normalised query with personal data masked, known names included. */
  public static String normalise(String query, PersonalData masker) {
    return cut(masker.mask(plain(query)), MAX_LENGTH);
  }

  /**
   * Normalised but not masked: width folded, lowercase, whitespace collapsed. Only for comparing
   * with the masked form; never store or show it. Very long input is cut (with room for masks).
   */
  public static String plain(String query) {
    if (query == null) {
      return "";
    }
    String text = cut(query, MAX_LENGTH * 4);
    text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * Facet filters as short, stable text: facets in name order, values in the order given, e.g.
   * {@code space=CS,HR; tags=退款}. Empty for no filters. Facet values are keys, ids and tags of the
   * content, never what a user typed, so they are kept as they are.
   */
  public static String filters(Map<String, List<String>> filters) {
    if (filters == null || filters.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (Map.Entry<String, List<String>> facet : new TreeMap<>(filters).entrySet()) {
      if (facet.getValue() == null || facet.getValue().isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(facet.getKey().strip()).append('=');
      text.append(String.join(",", facet.getValue().stream().map(String::strip).toList()));
    }
    return cut(text.toString(), MAX_FILTERS_LENGTH);
  }

  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip();
  }
}
