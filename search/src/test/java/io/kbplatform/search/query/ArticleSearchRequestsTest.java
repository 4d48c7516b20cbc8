package io.kbplatform.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.query.FakeElasticsearch.Call;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.HybridFusion;
import io.kbplatform.search.semantic.SemanticSettings;
import io.kbplatform.search.synonym.SynonymQueries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every request a search sends, against a stand-in Elasticsearch: whatever the kind (keyword, kNN,
 * spelling counts, autocomplete), it only counts or returns articles the caller may read.
 */
class ArticleSearchRequestsTest {

  private static final ReadScope AGENT =
      new ReadScope(false, Set.of("agents"), Set.of(), Set.of("CS"));
  private static final String PERMISSION = "{\"terms\":{\"space_readers\":[\"agents\"]}}";
  private static final String SELECTION = "{\"terms\":{\"space\":[\"CS\"]}}";
  private static final Map<String, List<String>> SPACE_CS = Map.of("space", List.of("CS"));

  private static FakeElasticsearch es;
  private static ArticleSearch search;
  private static ArticleSuggestions suggestions;

  /** A model that is always ready and embeds every query alike. */
  private static final class FixedEmbedder extends Embedder {
    @Override
    public boolean ready() {
      return true;
    }

    @Override
    public Optional<float[]> embedQuery(String query) {
      return Optional.of(new float[] {0.1f, 0.2f, 0.3f});
    }
  }

  @BeforeAll
  static void start() throws Exception {
    es = new FakeElasticsearch();
    ArticleIndex index = new ArticleIndex(es.cluster(), FakeElasticsearch.ALIAS, created -> {});
    SemanticSettings settings = SemanticSettings.defaults();
    search =
        new ArticleSearch(
            es.cluster(),
            index,
            SynonymQueries.none(),
            new FixedEmbedder(),
            new HybridFusion(settings),
            settings);
    suggestions = new ArticleSuggestions(es.cluster(), index);
  }

  @AfterAll
  static void stop() {
    es.close();
  }

  @BeforeEach
  void forget() {
    es.clear();
  }

  @Test
  void everyRequestOfASearchWithMeaningAndACorrectionIsTrimmedToWhatTheCallerMayRead() {
    SearchResults results =
        search.search(new SearchQuery("refnd policy", 10, SPACE_CS, null, null, false), AGENT);

    List<Call> calls = es.queries();
    assertEquals(
        4, calls.size(), "kNN and keyword in one round trip, suggester, word counts, corrected");
    Call search = calls.get(0);
    Call suggester = calls.get(1);
    Call wordCounts = calls.get(2);
    Call correctedCount = calls.get(3);
    assertTrue(search.path().endsWith("/_msearch"), search.path());
    String[] lines = search.body().split("\n");
    assertEquals(4, lines.length, "two searches, each a header and a body: " + search.body());
    String knn = lines[1];
    String keyword = lines[3];
    assertTrue(knn.contains("\"knn\""), "kNN first: " + knn);
    assertTrue(
        search.query().contains("max_concurrent_searches=1"),
        "one after the other, kNN first: " + search.query());
    assertEquals(2, occurrences(knn, PERMISSION), "a kNN pre-filter and a filter");
    assertEquals(2, occurrences(knn, SELECTION), "selections pre-filter the kNN too");
    assertTrue(keyword.contains(PERMISSION), keyword);
    assertTrue(
        keyword.contains("\"post_filter\":{\"bool\":{\"filter\":[" + SELECTION + "]}}"),
        "a selection filters keyword hits after the facets counted: " + keyword);
    assertFalse(suggester.body().contains("\"query\""), "the suggester only proposes words");
    assertEquals(2, occurrences(wordCounts.body(), PERMISSION), wordCounts.body());
    assertTrue(correctedCount.path().endsWith("/_count"), correctedCount.path());
    assertTrue(correctedCount.body().contains(PERMISSION), correctedCount.body());
    assertTrue(correctedCount.body().contains(SELECTION), correctedCount.body());
    assertEquals("refund policy", results.didYouMean());
  }

  @Test
  void aSearchWithMeaningShowsFusedHitsAndCountsThoseOnlyMeaningFound() {
    SearchResults results =
        search.search(new SearchQuery("refund policy", 10, Map.of(), null, null, false), AGENT);

    assertEquals(List.of("k1", "k2", "m1"), results.hits().stream().map(SearchHit::id).toList());
    SearchHit byMeaning = results.hits().get(2);
    assertTrue(byMeaning.semantic());
    assertEquals("a passage found &lt;by&gt; meaning", byMeaning.snippet());
    assertEquals(3, results.total(), "two keyword matches and one found only by meaning");
  }

  @Test
  void aSearchWhoseKnnRequestFailsAnswersWithItsKeywordHits() {
    es.failSearchesWith("\"knn\"");

    SearchResults results =
        search.search(new SearchQuery("refund policy", 10, Map.of(), null, null, false), AGENT);

    assertEquals(List.of("k1", "k2"), results.hits().stream().map(SearchHit::id).toList());
    assertFalse(results.hits().stream().anyMatch(SearchHit::semantic), results.hits().toString());
    assertEquals(2, results.total());
  }

  @Test
  void aSearchWhoseKeywordRequestFailsIsRejectedAsWhenSentAlone() {
    es.failSearchesWith("\"highlight\"");

    assertThrows(
        SearchRejectedException.class,
        () ->
            search.search(
                new SearchQuery("refund policy", 10, Map.of(), null, null, false), AGENT));
  }

  @Test
  void aLaterPageIsTrimmedToWhatTheCallerMayReadAndLeavesOutWhatWasShown() {
    SearchResults first =
        search.search(new SearchQuery("refund", 1, SPACE_CS, null, null, false), AGENT);
    es.clear();

    search.search(new SearchQuery("refund", 1, SPACE_CS, null, first.next(), false), AGENT);

    List<Call> calls = es.queries();
    assertEquals(1, calls.size(), "no kNN, no facet counts, no correction on later pages");
    String body = calls.get(0).body();
    assertTrue(body.contains(PERMISSION), body);
    assertTrue(body.contains("\"search_after\":[2.0,\"k1\"]"), body);
    assertFalse(body.contains("\"aggregations\""), body);
  }

  @Test
  void autocompleteOnlyOffersTitlesAndQueriesOfArticlesTheCallerMayRead() {
    suggestions.suggest("ref", 5, AGENT, List.of("refund", "rebate"));

    List<Call> calls = es.queries();
    assertEquals(2, calls.size(), "titles, then the candidate queries in one round trip");
    assertTrue(calls.get(0).body().contains(PERMISSION), calls.get(0).body());
    assertEquals(2, occurrences(calls.get(1).body(), PERMISSION), calls.get(1).body());
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
