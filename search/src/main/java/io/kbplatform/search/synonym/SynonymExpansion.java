package io.kbplatform.search.synonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands a query with synonyms. For each set with a term in the query: the query with that term
 * replaced by each other term of the set. And, when every word of the query that is not a question
 * or function word belongs to some set, the query said in the other language: the first Chinese (or
 * Latin-script) term of each of those sets ({@code refund policy} becomes 退款, {@code 退款政策} becomes
 * refund).
 *
 * <p>Query and terms are compared after normalising both ({@link TextNormaliser}); terms are found
 * as substrings where they begin or end with a CJK character and on word boundaries where they
 * begin or end with a Latin letter or digit, so 退款 is found in 我要退款 but refund is not found in
 * prefund. Where a term of one set lies inside a longer term of another set found in the query (
 * {@code return} inside {@code return call}), only the longer one counts. Immutable; safe for
 * concurrent use.
 */
public final class SynonymExpansion {

  /** Most alternatives for one query: each becomes one more clause of the search. */
  public static final int MAX_ALTERNATIVES = 12;

  private static final SynonymExpansion NONE =
      new SynonymExpansion(List.of(), null, VocabularyCorrection.none());

  private final List<Group> groups;
  private final TextNormaliser normaliser;
  private final VocabularyCorrection correction;

  private SynonymExpansion(
      List<Group> groups, TextNormaliser normaliser, VocabularyCorrection correction) {
    this.groups = groups;
    this.normaliser = normaliser;
    this.correction = correction;
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
    List<Group> sorted = List.copyOf(groups);
    return new SynonymExpansion(sorted, normaliser, VocabularyCorrection.of(sorted));
  }

  /** How many sets this expansion holds. */
  public int size() {
    return groups.size();
  }

  /**
   * The alternatives of a query, in a stable order, at most {@link #MAX_ALTERNATIVES}: one of each
   * matching set first, then the query in the other language, then the other terms of each set in
   * turn, so that every matching set has its say before the limit. When the query has a typing slip
   * that the sets' words correct ({@link VocabularyCorrection}), the corrected query comes first,
   * and its alternatives take turns with those of the query as typed.
   */
  public List<QueryAlternative> expand(String query) {
    if (groups.isEmpty() || query == null || query.isBlank()) {
      return List.of();
    }
    String normal = normaliser.normalise(query);
    List<QueryAlternative> typed = alternativesOf(normal);
    String corrected = correction.correct(normal);
    Set<QueryAlternative> found = new LinkedHashSet<>();
    if (!corrected.equals(normal)) {
      found.add(new QueryAlternative(corrected, null));
      List<QueryAlternative> fromCorrected = alternativesOf(corrected);
      for (int i = 0; i < Math.max(typed.size(), fromCorrected.size()); i++) {
        if (i < fromCorrected.size()) {
          found.add(fromCorrected.get(i));
        }
        if (i < typed.size()) {
          found.add(typed.get(i));
        }
      }
    } else {
      typed.forEach(found::add);
    }
    found.remove(new QueryAlternative(normal, null));
    List<QueryAlternative> all = List.copyOf(found);
    return all.subList(0, Math.min(all.size(), MAX_ALTERNATIVES));
  }

  /** Every alternative of a normalised query, in order, without the limit. */
  private List<QueryAlternative> alternativesOf(String normal) {
    List<Span> spans = TermSpans.find(normal, groups);
    List<List<QueryAlternative>> perSet = new ArrayList<>();
    for (Group group : groups) {
      String matched = longestFreeTerm(group, spans);
      if (matched != null) {
        List<QueryAlternative> alternatives = new ArrayList<>();
        for (String other : group.terms()) {
          if (!other.equals(matched)) {
            String text = replaceAll(normal, matched, other);
            if (!text.equals(normal)) {
              alternatives.add(new QueryAlternative(text, group.spaceKey()));
            }
          }
        }
        perSet.add(alternatives);
      }
    }
    Set<QueryAlternative> found = new LinkedHashSet<>();
    addRound(found, perSet, 0);
    for (QueryAlternative translated : Translation.of(normal, spans)) {
      found.add(translated);
    }
    int rounds = perSet.stream().mapToInt(List::size).max().orElse(0);
    for (int round = 1; round < rounds; round++) {
      addRound(found, perSet, round);
    }
    return List.copyOf(found);
  }

  private static void addRound(
      Set<QueryAlternative> found, List<List<QueryAlternative>> perSet, int round) {
    for (List<QueryAlternative> alternatives : perSet) {
      if (round < alternatives.size()) {
        found.add(alternatives.get(round));
      }
    }
  }

  /**
   * The longest term of the group found in the text outside longer terms of other sets, or null.
   */
  private static String longestFreeTerm(Group group, List<Span> spans) {
    String best = null;
    for (Span span : spans) {
      if (span.group() == group
          && !span.insideAnotherSet(spans)
          && (best == null
              || span.term().length() > best.length()
              || (span.term().length() == best.length()
                  && group.terms().indexOf(span.term()) < group.terms().indexOf(best)))) {
        best = span.term();
      }
    }
    return best;
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

  static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** One synonym set, its terms normalised. */
  record Group(String spaceKey, List<String> terms) {}

  /** Where a term of a set occurs in the query. */
  record Span(Group group, String term, int start, int end) {

    int length() {
      return end - start;
    }

    boolean contains(Span other) {
      return start <= other.start && other.end <= end && length() > other.length();
    }

    /** Whether a longer term of another set covers this occurrence. */
    boolean insideAnotherSet(List<Span> spans) {
      return spans.stream().anyMatch(s -> s.group() != group && s.contains(this));
    }
  }
}
