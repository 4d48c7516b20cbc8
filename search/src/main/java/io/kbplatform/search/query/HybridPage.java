package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.semantic.ReciprocalRankFusion.Fused;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first page of a hybrid search: keyword and semantic hits in their fused order, and the cursor
 * of the next page. Later pages continue the keyword order after the longest run of keyword hits
 * this page showed from the top, leaving out the hits it showed beyond that run.
 */
final class HybridPage {

  private HybridPage() {}

  static ResultPage of(
      List<Fused> fused,
      List<Hit<ArticleDocument>> keyword,
      Map<String, SearchHit> semantic,
      int size,
      long keywordTotal) {
    Map<String, Hit<ArticleDocument>> byId = new HashMap<>();
    keyword.forEach(h -> byId.put(h.id(), h));
    List<SearchHit> hits = new ArrayList<>(size);
    Set<String> shown = new HashSet<>();
    int semanticOnly = 0;
    for (Fused f : fused) {
      if (hits.size() == size) {
        break;
      }
      Hit<ArticleDocument> hit = byId.get(f.id());
      if (hit != null) {
        hits.add(ArticleHits.keyword(hit));
      } else if (semantic.containsKey(f.id())) {
        hits.add(semantic.get(f.id()));
        semanticOnly++;
      } else {
        continue;
      }
      shown.add(f.id());
    }
    int run = 0;
    while (run < keyword.size() && shown.contains(keyword.get(run).id())) {
      run++;
    }
    boolean more = keywordTotal > run && (run < keyword.size() || keyword.size() < keywordTotal);
    String next = null;
    if (more && run > 0) {
      Set<String> before = new HashSet<>();
      keyword.subList(0, run).forEach(h -> before.add(h.id()));
      List<String> exclude = shown.stream().filter(id -> !before.contains(id)).sorted().toList();
      next =
          SearchCursor.encode(
              SearchQuery.SortOrder.RELEVANCE, keyword.get(run - 1).sort(), exclude);
    }
    return new ResultPage(hits, next, semanticOnly);
  }
}
