package io.kbplatform.search.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.SearchHit;
import io.kbplatform.search.query.SearchQuery;
import io.kbplatform.search.query.SearchResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evaluation loop over a canned search (the real search is covered by RelevanceEvaluationIT):
 * every query is asked once with the caller's scope, scores and misses are reported, and judged
 * titles that cannot be found at all are named.
 */
class SearchEvaluationTest {

  private static final ReadScope AGENT =
      new ReadScope(false, Set.of("everyone"), Set.of(), Set.of());

  /** Answers from a fixed table of query → titles and records what it was asked. */
  private static final class CannedSearch extends ArticleSearch {
    final Map<String, List<String>> answers;
    final List<String> asked = new ArrayList<>();
    final List<ReadScope> scopes = new ArrayList<>();

    CannedSearch(Map<String, List<String>> answers) {
      this.answers = answers;
    }

    @Override
    public SearchResults search(SearchQuery request, ReadScope scope) {
      asked.add(request.text());
      scopes.add(scope);
      List<SearchHit> hits =
          answers.getOrDefault(request.text(), List.of()).stream()
              .map(
                  t ->
                      new SearchHit(
                          "id-" + t, "CS", null, t, null, "", List.of(), List.of(), null, 1, false,
                          false, false))
              .limit(request.limit())
              .toList();
      return new SearchResults(hits.size(), hits, Map.of(), null, null);
    }
  }

  @Test
  void scoresEveryQueryAndNamesUnknownTitles() {
    CannedSearch search =
        new CannedSearch(
            Map.of(
                "退款", List.of("退货流程", "退款流程"),
                "生气的客户", List.of("发票"),
                "退款流程", List.of("退款流程"),
                "投诉处理", List.of("投诉处理")));
    JudgedSet set =
        new JudgedSet(
            "t",
            List.of(
                new JudgedQuery("退款", "simplified", Map.of("退款流程", 2, "退货流程", 1)),
                new JudgedQuery("生气的客户", "colloquial", Map.of("投诉处理", 2, "Typo title", 1))));

    EvaluationReport report = new SearchEvaluation(search).evaluate(set, AGENT);

    assertEquals(2, report.queries().size());
    QueryResult refund = report.queries().get(0);
    assertEquals(1, refund.scores().firstRelevantRank());
    assertEquals(List.of("退货流程", "退款流程"), refund.retrieved());
    assertEquals(List.of(), refund.missed());
    QueryResult angry = report.queries().get(1);
    assertNull(angry.scores().firstRelevantRank());
    assertEquals(List.of("Typo title", "投诉处理"), angry.missed());
    assertEquals(0.5, report.mean().mrr(), 1e-9);
    assertEquals(Set.of("simplified", "colloquial"), report.byKind().keySet());
    assertEquals(1.0, report.byKind().get("simplified").mrr(), 1e-9);
    assertEquals(List.of("Typo title"), report.unknownArticles());
    assertEquals(Set.of(AGENT), Set.copyOf(search.scopes), "always searched as the caller");
    assertEquals(List.of("退款", "生气的客户"), search.asked.subList(0, 2));
  }
}
