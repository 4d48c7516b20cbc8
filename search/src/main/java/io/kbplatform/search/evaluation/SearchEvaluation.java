package io.kbplatform.search.evaluation;

import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.Facet;
import io.kbplatform.search.query.SearchHit;
import io.kbplatform.search.query.SearchQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Runs a judged set through the search as one reader (what their scope lets them find, nothing
 * else) and scores every query.
 */
@ApplicationScoped
public class SearchEvaluation {

  private static final Pattern ID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ArticleSearch search;

  protected SearchEvaluation() {}

  @Inject
  public SearchEvaluation(ArticleSearch search) {
    this.search = search;
  }

  public EvaluationReport evaluate(JudgedSet set, ReadScope scope) {
    List<QueryResult> results = new ArrayList<>();
    Set<String> missed = new LinkedHashSet<>();
    Map<String, List<String>> filters =
        set.spaces().isEmpty() ? Map.of() : Map.of(Facet.SPACE.key(), set.spaces());
    for (JudgedQuery query : set.queries()) {
      QueryResult result = evaluate(query, filters, scope);
      results.add(result);
      missed.addAll(result.missed());
    }
    Map<String, List<QueryScores>> kinds = new TreeMap<>();
    results.stream()
        .filter(r -> r.kind() != null)
        .forEach(r -> kinds.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.scores()));
    Map<String, MeanScores> byKind = new TreeMap<>();
    kinds.forEach((kind, scores) -> byKind.put(kind, MeanScores.of(scores)));
    return new EvaluationReport(
        set.name(),
        MeanScores.of(results.stream().map(QueryResult::scores).toList()),
        byKind,
        results,
        missed.stream().filter(a -> !findable(a, filters, scope)).sorted().toList());
  }

  private QueryResult evaluate(
      JudgedQuery query, Map<String, List<String>> filters, ReadScope scope) {
    List<SearchHit> hits =
        search.search(first(query.query(), RelevanceMetrics.DEPTH, filters), scope).hits();
    JudgedArticles judged = new JudgedArticles(query.relevant());
    return new QueryResult(
        query.query(),
        query.kind(),
        RelevanceMetrics.score(judged.grades(hits), query.relevant().values()),
        hits.stream().map(SearchHit::title).toList(),
        judged.missed(hits));
  }

  /**
   * Whether searching for an article's own title finds it in the scope; an id (which no text search
   * finds) is taken on trust.
   */
  private boolean findable(String article, Map<String, List<String>> filters, ReadScope scope) {
    if (ID.matcher(article).matches()) {
      return true;
    }
    String text =
        article.length() > JudgedSetParser.MAX_QUERY_LENGTH
            ? article.substring(0, JudgedSetParser.MAX_QUERY_LENGTH)
            : article;
    return search.search(first(text, ArticleSearch.MAX_LIMIT, filters), scope).hits().stream()
        .anyMatch(hit -> JudgedArticles.names(article, hit));
  }

  /** The first page of hits for a text, by relevance, within the set's spaces if it names any. */
  private static SearchQuery first(String text, int limit, Map<String, List<String>> filters) {
    return new SearchQuery(text, limit, filters, SearchQuery.SortOrder.RELEVANCE, null, false);
  }
}
