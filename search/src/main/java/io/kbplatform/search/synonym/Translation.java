package io.kbplatform.search.synonym;

import io.kbplatform.search.synonym.SynonymExpansion.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query said in the other language through the synonym sets: when everything in it but question
 * and function words ({@link GenericWords}) is a term of some set, the first Chinese term of each
 * of those sets for a query with Latin-script terms, and the first Latin-script term of each for a
 * query with Chinese terms. Nothing when any word is left untranslated: {@code return to the main
 * menu} is not about returns ({@code return} alone would be).
 */
final class Translation {

  private Translation() {}

  /** At most one alternative per language and scope (global, or each space with a set here). */
  static List<QueryAlternative> of(String text, List<Span> spans) {
    if (spans.isEmpty()) {
      return List.of();
    }
    Set<String> scopes = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    spans.forEach(s -> scopes.add(s.group().spaceKey()));
    List<QueryAlternative> alternatives = new ArrayList<>();
    for (String scope : scopes) {
      List<Span> usable =
          spans.stream()
              .filter(s -> s.group().spaceKey() == null || s.group().spaceKey().equals(scope))
              .toList();
      List<Span> chosen = longestFirst(usable);
      if (scope != null && chosen.stream().allMatch(s -> s.group().spaceKey() == null)) {
        continue; // the global alternative says the same
      }
      if (!GenericWords.onlyGeneric(withoutSpans(text, chosen))) {
        continue;
      }
      for (boolean toChinese : new boolean[] {true, false}) {
        String translated = translate(chosen, toChinese);
        if (translated != null) {
          alternatives.add(new QueryAlternative(translated, scope));
        }
      }
    }
    return alternatives;
  }

  /** Non-overlapping occurrences, the longest preferred, in the order of the text. */
  private static List<Span> longestFirst(List<Span> spans) {
    List<Span> byLength =
        spans.stream()
            .sorted(Comparator.comparingInt(Span::length).reversed().thenComparing(Span::start))
            .toList();
    List<Span> chosen = new ArrayList<>();
    for (Span span : byLength) {
      if (chosen.stream().noneMatch(c -> c.start() < span.end() && span.start() < c.end())) {
        chosen.add(span);
      }
    }
    chosen.sort(Comparator.comparingInt(Span::start));
    return chosen;
  }

  private static String withoutSpans(String text, List<Span> chosen) {
    StringBuilder rest = new StringBuilder();
    int from = 0;
    for (Span span : chosen) {
      rest.append(text, from, span.start()).append(' ');
      from = span.end();
    }
    return rest.append(text.substring(from)).toString();
  }

  /**
   * Each occurrence's term in the target language (the set's first term in it), or null when a set
   * has no term in it or nothing changes language.
   */
  private static String translate(List<Span> chosen, boolean toChinese) {
    Set<String> words = new LinkedHashSet<>();
    boolean changed = false;
    for (Span span : chosen) {
      if (isChinese(span.term()) == toChinese) {
        words.add(span.term());
        continue;
      }
      String target =
          span.group().terms().stream()
              .filter(t -> isChinese(t) == toChinese)
              .findFirst()
              .orElse(null);
      if (target == null) {
        if (GenericWords.onlyGeneric(span.term())) {
          continue; // a same-language set of question words (怎么办 ⇔ 如何处理): not a subject
        }
        return null;
      }
      words.add(target);
      changed = true;
    }
    return changed ? String.join(" ", words) : null;
  }

  private static boolean isChinese(String term) {
    return term.codePoints().anyMatch(SynonymExpansion::isCjk);
  }
}
