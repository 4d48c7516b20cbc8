package io.kbplatform.search.query;

import static io.kbplatform.search.query.ArticleHitsTest.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.semantic.ReciprocalRankFusion.Fused;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the hits a search fetched become the page the caller sees and the cursor of the next. */
class ResultPageTest {

  @Test
  void aPageShowsAsManyHitsAsAskedAndContinuesAfterTheLastShown() {
    SearchQuery request = SearchQuery.of("refund", 2);

    ResultPage page =
        ResultPage.ofKeywordHits(request, List.of(hit("a", 3), hit("b", 2), hit("c", 1)));

    assertEquals(List.of("a", "b"), ids(page.hits()));
    SearchCursor.Position next = SearchCursor.decode(page.next(), SearchQuery.SortOrder.RELEVANCE);
    assertEquals(List.of(2.0, "b"), values(next));
    assertEquals(List.of(), next.exclude());
    assertEquals(0, page.foundOnlyByMeaning());
  }

  @Test
  void theLastPageHasNoNext() {
    ResultPage page = ResultPage.ofKeywordHits(SearchQuery.of("refund", 2), List.of(hit("a", 3)));

    assertEquals(List.of("a"), ids(page.hits()));
    assertNull(page.next());
  }

  @Test
  void aLimitOutsideTheBoundsIsBroughtWithinThem() {
    assertEquals(1, SearchQuery.of("x", 0).pageSize());
    assertEquals(ArticleSearch.MAX_LIMIT, SearchQuery.of("x", 1000).pageSize());
  }

  @Test
  void aHybridPageShowsHitsInFusedOrderAndCountsThoseOnlyMeaningFound() {
    List<Hit<ArticleDocument>> keyword = List.of(hit("k1", 3), hit("k2", 2), hit("k3", 1));
    SearchHit byMeaning = ArticleHits.meaning(hit("m1", 0.9), "passage");
    List<Fused> fused =
        List.of(new Fused("k1", 0.3), new Fused("m1", 0.2), new Fused("k3", 0.15), fusedAt("k2"));

    ResultPage page = HybridPage.of(fused, keyword, Map.of("m1", byMeaning), 3, 10);

    assertEquals(List.of("k1", "m1", "k3"), ids(page.hits()));
    assertEquals(1, page.foundOnlyByMeaning());
    // the next page continues the keyword order after k1, leaving out what this page showed
    SearchCursor.Position next = SearchCursor.decode(page.next(), SearchQuery.SortOrder.RELEVANCE);
    assertEquals(List.of(3.0, "k1"), values(next));
    assertEquals(List.of("k3", "m1"), next.exclude());
  }

  @Test
  void aHybridPageThatShowedEveryMatchHasNoNext() {
    List<Hit<ArticleDocument>> keyword = List.of(hit("k1", 3));
    SearchHit byMeaning = ArticleHits.meaning(hit("m1", 0.9), "passage");

    ResultPage page =
        HybridPage.of(
            List.of(new Fused("k1", 0.3), new Fused("m1", 0.2)),
            keyword,
            Map.of("m1", byMeaning),
            10,
            1);

    assertEquals(List.of("k1", "m1"), ids(page.hits()));
    assertNull(page.next());
  }

  private static Fused fusedAt(String id) {
    return new Fused(id, 0.0);
  }

  static Hit<ArticleDocument> hit(String id, double score) {
    return Hit.of(
        h ->
            h.index("kb-test")
                .id(id)
                .score(score)
                .source(document(id, "PUBLISHED", false, null))
                .sort(List.of(FieldValue.of(score), FieldValue.of(id))));
  }

  private static List<Object> values(SearchCursor.Position position) {
    return position.after().stream().map(FieldValue::_get).toList();
  }

  static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::id).toList();
  }
}
