package io.kbplatform.search.evaluation;

import io.kbplatform.search.query.SearchHit;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches hits to the articles judged for one query, by id or by title (compared after Unicode
 * compatibility folding, trimming and lower-casing, so full-width and case differences do not
 * count). Each judged article is credited once, at its best rank.
 */
final class JudgedArticles {

  private final Map<String, Integer> relevant;

  JudgedArticles(Map<String, Integer> relevant) {
    this.relevant = relevant;
  }

  /** The grade of each hit in order, 0 for a hit not judged relevant or already credited. */
  List<Integer> grades(List<SearchHit> hits) {
    Set<String> credited = new HashSet<>();
    List<Integer> grades = new ArrayList<>();
    for (SearchHit hit : hits) {
      Optional<String> judged = judgedKey(hit).filter(credited::add);
      grades.add(judged.map(relevant::get).orElse(0));
    }
    return grades;
  }

  /** The relevant articles that none of the hits is. */
  List<String> missed(List<SearchHit> hits) {
    Set<String> found = new HashSet<>();
    hits.forEach(h -> judgedKey(h).ifPresent(found::add));
    return relevant.keySet().stream().filter(k -> !found.contains(k)).sorted().toList();
  }

  private Optional<String> judgedKey(SearchHit hit) {
    return relevant.keySet().stream().filter(key -> names(key, hit)).findFirst();
  }

  static boolean names(String key, SearchHit hit) {
    return key.equals(hit.id()) || (hit.title() != null && fold(key).equals(fold(hit.title())));
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }
}
