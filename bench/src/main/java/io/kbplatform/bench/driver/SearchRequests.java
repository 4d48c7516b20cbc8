package io.kbplatform.bench.driver;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.kbplatform.bench.corpus.CorpusLayout;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.SearchRequest;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Elasticsearch request the API sends for a query, as the app itself builds it: {@code
 * ArticleSearch.elasticsearchRequest(SearchRequest, ReadScope)} with the agent's read scope,
 * serialised to the JSON body of {@code POST <alias>/_search}. This is the one place that ties the
 * two targets together.
 */
public final class SearchRequests {

  /** The path and body of one Elasticsearch search. */
  public record EsSearch(String path, String body) {}

  private final Object search;
  private final Method build; // null: interim copy of the older request (see InterimRequest)
  private final String alias;
  private final JacksonJsonpMapper mapper = new JacksonJsonpMapper();

  public SearchRequests(String esUrl, String alias) {
    SearchCluster cluster = new SearchCluster(esUrl);
    this.search = new ArticleSearch(cluster, new ArticleIndex(cluster, alias, created -> {}));
    this.alias = alias;
    Method method;
    try {
      method =
          ArticleSearch.class.getMethod(
              "elasticsearchRequest", SearchRequest.class, ReadScope.class);
    } catch (NoSuchMethodException e) {
      method = null;
    }
    this.build = method;
  }

  /** Whether the request comes from the app's own code (false: the interim copy). */
  public boolean fromApp() {
    return build != null;
  }

  /** What the benchmark agent may read: everyone, itself and its groups; it edits nothing. */
  public static ReadScope agentScope() {
    Set<String> tokens = new LinkedHashSet<>();
    tokens.add(Principal.EVERYONE.token());
    tokens.add(Principal.user(CorpusLayout.AGENT).token());
    CorpusLayout.AGENT_GROUPS.forEach(g -> tokens.add(Principal.group(g).token()));
    return new ReadScope(false, tokens, Set.of(), Set.of());
  }

  /** The first page of {@code limit} hits for the query, as the agent. */
  public EsSearch of(BenchQuery query, int limit) {
    SearchRequest request =
        new SearchRequest(
            query.text(), limit, query.filters(), SearchRequest.SortOrder.RELEVANCE, null, false);
    co.elastic.clients.elasticsearch.core.SearchRequest es;
    if (build == null) {
      es = InterimRequest.of(alias, query.text(), limit, agentScope());
    } else {
      try {
        es =
            (co.elastic.clients.elasticsearch.core.SearchRequest)
                build.invoke(search, request, agentScope());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Building the Elasticsearch request failed", e);
      }
    }
    String index = String.join(",", es.index());
    return new EsSearch("/" + index + "/_search", JsonpUtils.toJsonString(es, mapper));
  }
}
