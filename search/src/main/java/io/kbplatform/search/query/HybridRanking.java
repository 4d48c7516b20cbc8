package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.semantic.HybridFusion;
import io.kbplatform.search.semantic.ReciprocalRankFusion.Fused;
import io.kbplatform.search.semantic.SemanticSettings;
import java.util.List;
import java.util.Map;

/**
 * The first page of a search with meaning: the passages close enough to the best one, fused with
 * the keyword hits (see {@link HybridFusion}), laid out as a page (see {@link HybridPage}).
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
        fusion.fuse(keywordHits.stream().map(Hit::id).toList(), List.copyOf(semanticHits.keySet()));
    return HybridPage.of(fused, keywordHits, semanticHits, request.pageSize(), keyword.total());
  }
}
