package io.kbplatform.search.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Weighted reciprocal rank fusion: an id at 1-based rank {@code r} of a list with weight {@code w}
 * earns {@code w / (k + r)}; an id's fused score is the sum over the lists it appears in. Only the
 * first {@code depth} ids of each list take part. Ties keep the order in which ids were first seen
 * (lists in the order given, each from its top), so the result is deterministic.
 */
public final class ReciprocalRankFusion {

  public static final int DEFAULT_K = 60;

  private ReciprocalRankFusion() {}

  /** One ranked list of ids (best first), its weight and how many of its ids take part. */
  public record Ranking(List<String> ids, double weight, int depth) {
    public Ranking {
      ids = List.copyOf(ids);
      if (weight < 0 || depth < 0) {
        throw new IllegalArgumentException("weight and depth must not be negative");
      }
    }

    public static Ranking of(List<String> ids, double weight) {
      return new Ranking(ids, weight, ids.size());
    }
  }

  /** An id with its fused score. */
  public record Fused(String id, double score) {}

  public static List<Fused> fuse(int k, List<Ranking> rankings) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Ranking ranking : rankings) {
      int limit = Math.min(ranking.depth(), ranking.ids().size());
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < limit; i++) {
        String id = ranking.ids().get(i);
        // an id repeated within one list counts at its best rank only
        if (seen.add(id)) {
          scores.merge(id, ranking.weight() / (k + i + 1), Double::sum);
        }
      }
    }
    List<Fused> fused = new ArrayList<>(scores.size());
    scores.forEach((id, score) -> fused.add(new Fused(id, score)));
    // List.sort is stable: equal scores keep first-seen order
    fused.sort(Comparator.comparingDouble(Fused::score).reversed());
    return fused;
  }

  public static List<Fused> fuse(int k, Ranking... rankings) {
    return fuse(k, List.of(rankings));
  }
}
