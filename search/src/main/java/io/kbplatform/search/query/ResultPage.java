package io.kbplatform.search.query;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import java.util.List;

/**
 * The hits of one page, the cursor of the next page (null on the last) and how many of the hits
 * only meaning found (they add to the keyword total).
 */
record ResultPage(List<SearchHit> hits, String next, int foundOnlyByMeaning) {

  /**
   * A page of keyword hits in their order: {@code fetched} holds one hit more than the page when
   * there is a next page, whose cursor is then the position of the page's last hit.
   */
  static ResultPage ofKeywordHits(SearchQuery request, List<Hit<ArticleDocument>> fetched) {
    int size = request.pageSize();
    List<Hit<ArticleDocument>> page = fetched;
    String next = null;
    if (page.size() > size) {
      page = page.subList(0, size);
      next = SearchCursor.encode(request.sort(), page.get(size - 1).sort());
    }
    return new ResultPage(page.stream().map(ArticleHits::keyword).toList(), next, 0);
  }
}
