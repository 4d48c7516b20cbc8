package io.kbplatform.search.semantic;

import io.kbplatform.search.semantic.ReciprocalRankFusion.Fused;
import io.kbplatform.search.semantic.ReciprocalRankFusion.Ranking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fuses keyword and semantic hits the way ADR 0009 describes: weighted reciprocal rank fusion over
 * the first {@code fusion-depth} hits of each list, after which the best {@code keyword-lead}
 * keyword hits are put back on top in their keyword order, and articles found only by meaning are
 * moved below every good keyword match (see {@link #fuse(List, List, Set)}). A strong keyword match
 * (exact title, product name) therefore stays first, and no passage found only by meaning outranks
 * a good keyword match, while such passages still rise above weak keyword matches. Without semantic
 * hits the keyword order is returned unchanged.
 */
@ApplicationScoped
public class HybridFusion {

  private SemanticSettings settings;

  protected HybridFusion() {}

  @Inject
  public HybridFusion(SemanticSettings settings) {
    this.settings = settings;
  }

  /** Article ids, best first; keyword-only ids beyond the fusion depth follow in keyword order. */
  public List<Fused> fuse(List<String> keywordIds, List<String> semanticIds) {
    return fuse(keywordIds, semanticIds, Set.of());
  }

  /**
   * As {@link #fuse(List, List)}, with no article found only by meaning placed above any of the
   * good keyword hits (those that match well, see {@link SemanticSettings#strongKeywordRatio()}).
   * Keyword hits, also those found by meaning, keep their fused order among themselves.
   */
  public List<Fused> fuse(
      List<String> keywordIds, List<String> semanticIds, Set<String> goodKeywordHits) {
    int depth = settings.depth();
    List<Fused> fused =
        ReciprocalRankFusion.fuse(
            settings.rrfK(),
            new Ranking(keywordIds, settings.keywordWeight(), depth),
            new Ranking(semanticIds, settings.semanticWeight(), depth));
    Set<String> lead = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(settings.keywordLead(), keywordIds.size()); i++) {
      lead.add(keywordIds.get(i));
    }
    List<Fused> result = new ArrayList<>(fused.size() + keywordIds.size());
    for (String id : lead) {
      fused.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(result::add);
    }
    fused.stream().filter(f -> !lead.contains(f.id())).forEach(result::add);
    Set<String> placed = new LinkedHashSet<>();
    result.forEach(f -> placed.add(f.id()));
    for (String id : keywordIds) {
      if (placed.add(id)) {
        result.add(new Fused(id, 0.0));
      }
    }
    return belowGoodKeywordHits(result, keywordIds, goodKeywordHits);
  }

  /** The order with the articles found only by meaning moved below the good keyword hits. */
  private static List<Fused> belowGoodKeywordHits(
      List<Fused> order, List<String> keywordIds, Set<String> good) {
    Set<String> keyword = new HashSet<>(keywordIds);
    int lastGood = -1;
    for (int i = 0; i < order.size(); i++) {
      if (good.contains(order.get(i).id())) {
        lastGood = i;
      }
    }
    List<Fused> moved = new ArrayList<>(order.size());
    List<Fused> meaningOnly = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Fused f = order.get(i);
      if (i < lastGood && !keyword.contains(f.id())) {
        meaningOnly.add(f);
      } else {
        moved.add(f);
      }
      if (i == lastGood) {
        moved.addAll(meaningOnly);
      }
    }
    return moved;
  }
}
