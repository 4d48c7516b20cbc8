package io.kbplatform.search.evaluation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The standard ranking metrics, computed from grades: pure functions, no search involved. */
public final class RelevanceMetrics {

  /** How many hits are looked at. */
  public static final int DEPTH = 10;

  private RelevanceMetrics() {}

  /**
   * Scores one ranking.
   *
   * @param hitGrades the grade of each hit in rank order (0 for a hit not judged relevant); an
   *     article counts once, so a caller passes 0 for a repeat
   * @param judgedGrades the grades of all articles judged relevant for the query (each above 0)
   */
  public static QueryScores score(List<Integer> hitGrades, Collection<Integer> judgedGrades) {
    List<Integer> judged = judgedGrades.stream().filter(g -> g > 0).toList();
    if (judged.isEmpty()) {
      throw new IllegalArgumentException("A query needs at least one relevant article");
    }
    List<Integer> top = hitGrades.subList(0, Math.min(DEPTH, hitGrades.size()));
    Integer first = null;
    for (int i = 0; i < top.size(); i++) {
      if (top.get(i) > 0) {
        first = i + 1;
        break;
      }
    }
    List<Integer> ideal = judged.stream().sorted(Comparator.reverseOrder()).limit(DEPTH).toList();
    return new QueryScores(
        first,
        recall(top, 1, judged.size()),
        recall(top, 3, judged.size()),
        recall(top, 5, judged.size()),
        recall(top, 10, judged.size()),
        first == null ? 0 : 1.0 / first,
        dcg(top) / dcg(ideal));
  }

  /**
   * Capped recall (R_cap@k, as in BEIR): the relevant articles among the first k hits, divided by
   * the most that could be there, min(k, number of relevant articles). Plain recall divides by the
   * number of relevant articles, so a query with three of them could never reach more than 1/3 at k
   * = 1 even with a perfect ranking; capped, a perfect ranking scores 1 at every k.
   */
  static double recall(List<Integer> grades, int k, int relevant) {
    long found = grades.stream().limit(k).filter(g -> g > 0).count();
    return Math.min(1.0, (double) found / Math.min(k, relevant));
  }

  /** Sum over ranks i = 1… of (2^grade − 1) / log2(i + 1). */
  static double dcg(List<Integer> grades) {
    double sum = 0;
    for (int i = 0; i < grades.size(); i++) {
      sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }
}
