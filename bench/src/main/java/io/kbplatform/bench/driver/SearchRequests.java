package io.kbplatform.bench.driver;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import io.kbplatform.bench.corpus.CorpusLayout;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.SearchQuery;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The Elasticsearch request the API sends for a query, as the app itself builds it: {@link
 * ArticleSearch#elasticsearchRequest} with the agent's read scope, serialised to the JSON body of
 * {@code POST <alias>/_search}. This is the one place that ties the two targets together. The
 * corpus defines no synonym sets, so the app's query-time synonym expansion adds nothing either.
 */
public final class SearchRequests {

  /** The path and body of one Elasticsearch search. */
  public record EsSearch(String path, String body) {}

  private final ArticleSearch search;
  private final JacksonJsonpMapper mapper = new JacksonJsonpMapper();

  public SearchRequests(String esUrl, String alias) {
    SearchCluster cluster = new SearchCluster(esUrl);
    this.search = new ArticleSearch(cluster, new ArticleIndex(cluster, alias, created -> {}));
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
    SearchQuery request =
        new SearchQuery(
            query.text(), limit, query.filters(), SearchQuery.SortOrder.RELEVANCE, null, false);
    co.elastic.clients.elasticsearch.core.SearchRequest es =
        search.elasticsearchRequest(request, agentScope());
    String index = String.join(",", es.index());
    return new EsSearch("/" + index + "/_search", JsonpUtils.toJsonString(es, mapper));
  }
}
