package io.kbplatform.search.synonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands a query with synonyms: for each set with a term in the query, the query with that term
 * replaced by each other term of the set. Query and terms are compared after normalising both
 * ({@link TextNormaliser}); terms are found as substrings where they begin or end with a CJK
 * character and on word boundaries where they begin or end with a Latin letter or digit, so 退款 is
 * found in 我要退款 but refund is not found in prefund. Immutable; safe for concurrent use.
 */
public final class SynonymExpansion {

  /** Most alternatives for one query: each becomes one more clause of the search. */
  public static final int MAX_ALTERNATIVES = 12;

  private static final SynonymExpansion NONE = new SynonymExpansion(List.of(), null);

  private final List<Group> groups;
  private final TextNormaliser normaliser;

  private SynonymExpansion(List<Group> groups, TextNormaliser normaliser) {
    this.groups = groups;
    this.normaliser = normaliser;
  }

  /** No synonyms at all. */
  public static SynonymExpansion none() {
    return NONE;
  }

  /**
   * An expansion with these sets: global ones are tried first, then those of each space by key,
   * each group in the order given.
   */
  public static SynonymExpansion of(List<SynonymGroup> sets, TextNormaliser normaliser) {
    List<Group> groups = new ArrayList<>();
    for (SynonymGroup set : sets) {
      LinkedHashSet<String> terms = new LinkedHashSet<>();
      for (String term : set.terms()) {
        String normal = normaliser.normalise(term);
        if (!normal.isEmpty()) {
          terms.add(normal);
        }
      }
      if (terms.size() >= 2) {
        groups.add(new Group(set.spaceKey(), List.copyOf(terms)));
      }
    }
    groups.sort(
        Comparator.comparing(Group::spaceKey, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new SynonymExpansion(List.copyOf(groups), normaliser);
  }

  /** How many sets this expansion holds. */
  public int size() {
    return groups.size();
  }

  /** The alternatives of a query, in a stable order, at most {@link #MAX_ALTERNATIVES}. */
  public List<QueryAlternative> expand(String query) {
    if (groups.isEmpty() || query == null || query.isBlank()) {
      return List.of();
    }
    String normal = normaliser.normalise(query);
    Set<QueryAlternative> found = new LinkedHashSet<>();
    for (Group group : groups) {
      String matched = group.longestTermIn(normal);
      if (matched == null) {
        continue;
      }
      for (String other : group.terms()) {
        if (!other.equals(matched)) {
          String text = replaceAll(normal, matched, other);
          if (!text.equals(normal)) {
            found.add(new QueryAlternative(text, group.spaceKey()));
            if (found.size() == MAX_ALTERNATIVES) {
              return List.copyOf(found);
            }
          }
        }
      }
    }
    return List.copyOf(found);
  }

  /** The text with every occurrence of the term (as {@link #indexOf} finds it) replaced. */
  static String replaceAll(String text, String term, String replacement) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at;
    while ((at = indexOf(text, term, from)) >= 0) {
      out.append(text, from, at).append(replacement);
      from = at + term.length();
    }
    return out.append(text.substring(from)).toString();
  }

  /**
   * Where the term occurs in the text from a position on, or -1: an end of the term that is a Latin
   * letter or digit must not touch another one in the text.
   */
  static int indexOf(String text, String term, int from) {
    int at = text.indexOf(term, from);
    while (at >= 0) {
      boolean startFree =
          !isWordChar(term.codePointAt(0)) || at == 0 || !isWordChar(text.codePointBefore(at));
      int end = at + term.length();
      boolean endFree =
          !isWordChar(term.codePointBefore(term.length()))
              || end == text.length()
              || !isWordChar(text.codePointAt(end));
      if (startFree && endFree) {
        return at;
      }
      at = text.indexOf(term, at + 1);
    }
    return -1;
  }

  /** A letter or digit of an alphabet that separates words with spaces (not CJK). */
  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) && !isCjk(codePoint);
  }

  private static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private record Group(String spaceKey, List<String> terms) {

    /** The longest term found in the text (the first given among equals), or null. */
    String longestTermIn(String text) {
      String best = null;
      for (String term : terms) {
        if ((best == null || term.length() > best.length()) && indexOf(text, term, 0) >= 0) {
          best = term;
        }
      }
      return best;
    }
  }
}
