package io.kbplatform.search.evaluation;

import java.util.Map;

/**
 * One query of a judged set and the articles judged for it.
 *
 * @param kind an optional label for grouping the scores (e.g. {@code traditional}, {@code
 *     colloquial}); null when none was given
 * @param grades article title (or id) to its grade: 2 = the answer, 1 = useful, 0 = judged not
 *     relevant (counted nowhere); at least one grade is positive
 */
public record JudgedQuery(String query, String kind, Map<String, Integer> grades) {

  public JudgedQuery {
    grades = Map.copyOf(grades);
  }

  /** The articles judged relevant (grade 1 or more) and their grades. */
  public Map<String, Integer> relevant() {
    Map<String, Integer> relevant = new java.util.LinkedHashMap<>();
    grades.forEach(
        (article, grade) -> {
          if (grade > 0) {
            relevant.put(article, grade);
          }
        });
    return relevant;
  }
}
