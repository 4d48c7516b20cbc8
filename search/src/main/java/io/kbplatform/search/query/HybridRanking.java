package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.semantic.HybridFusion;
import io.kbplatform.search.semantic.ReciprocalRankFusion.Fused;
import io.kbplatform.search.semantic.SemanticSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first page of a search with meaning: the passages close enough to the best one, fused with
 * the keyword hits (see {@link HybridFusion}) below the good keyword matches, laid out as a page
 * (see {@link HybridPage}).
 */
final class HybridRanking {

  private final HybridFusion fusion;
  private final SemanticSettings settings;

  HybridRanking(HybridFusion fusion, SemanticSettings settings) {
    this.fusion = fusion;
    this.settings = settings;
  }

  ResultPage page(
      SearchQuery request, KeywordResponse keyword, SearchResponse<ArticleDocument> meaning) {
    List<Hit<ArticleDocument>> keywordHits = keyword.hits();
    Map<String, SearchHit> semanticHits = SemanticHits.of(meaning, settings.relativeMargin());
    List<Fused> fused =
        fusion.fuse(
            keywordHits.stream().map(Hit::id).toList(),
            List.copyOf(semanticHits.keySet()),
            goodMatches(keywordHits, settings.strongKeywordRatio()));
    return HybridPage.of(fused, keywordHits, semanticHits, request.pageSize(), keyword.total());
  }

  /**
   * The keyword hits that match well: they matched the query's words themselves (or a synonym
   * alternative's), not only through typo tolerance or the lenient partial match, and score at
   * least {@code ratio} of the best keyword hit. A hit found only by meaning is never placed above
   * them.
   */
  static Set<String> goodMatches(List<Hit<ArticleDocument>> keywordHits, double ratio) {
    if (keywordHits.isEmpty() || keywordHits.get(0).score() == null) {
      return Set.of();
    }
    double floor = keywordHits.get(0).score() * ratio;
    Set<String> good = new HashSet<>();
    for (Hit<ArticleDocument> hit : keywordHits) {
      if (hit.score() != null
          && hit.score() >= floor
          && hit.matchedQueries().contains(KeywordQuery.ALL_WORDS)) {
        good.add(hit.id());
      }
    }
    return good;
  }
}
