package io.kbplatform.bench.fetch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kbplatform.bench.corpus.CorpusArticle;
import io.kbplatform.bench.corpus.CorpusGenerator;
import io.kbplatform.bench.corpus.CorpusLayout;
import io.kbplatform.bench.fetch.FetchMeasurement.Costs;
import io.kbplatform.bench.fetch.FetchMeasurement.Transport;
import io.kbplatform.bench.indexing.CorpusDocuments;
import io.kbplatform.content.permission.Principal;
import io.kbplatform.content.permission.ReadScope;
import io.kbplatform.devtools.LocalElasticsearch;
import io.kbplatform.search.cluster.SearchCluster;
import io.kbplatform.search.index.ArticleDocument;
import io.kbplatform.search.index.ArticleIndex;
import io.kbplatform.search.query.ArticleSearch;
import io.kbplatform.search.query.SearchQuery;
import io.kbplatform.search.semantic.Embedder;
import io.kbplatform.search.semantic.HybridFusion;
import io.kbplatform.search.semantic.SemanticSettings;
import io.kbplatform.search.synonym.SynonymQueries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * Where the time of a search goes in Elasticsearch, before and after index definition v4 (see
 * docs/search.md, "Where the time goes"). Loads the same generated articles into two indices, one
 * in the layout before v4 ({@link FetchLayouts#before}) and one in the current layout, then sends
 * each search's kNN and keyword requests, built by the app's own {@link ArticleSearch}, to both and
 * prints took, fetch phase and wall time per search as a Markdown table.
 *
 * <pre>
 * mvn -B -ntp -Pbench package -DskipTests -pl bench -am
 * java -cp "$(ls bench/target/kb-bench-*.jar):$(cat bench/target/classpath.txt)" \
 *     -Dkb.root=. io.kbplatform.bench.fetch.FetchCostMain
 * </pre>
 *
 * Settings (environment): {@code FETCH_ARTICLES} (1000), {@code FETCH_SEARCHES} (200 measured,
 * after {@code FETCH_WARMUP} 100), {@code FETCH_ES_URL} to use a running node that has the
 * kb-analysis plugin (otherwise one is started on {@code FETCH_ES_PORT}, 19400, with {@code
 * FETCH_ES_HEAP}, 512m, in bench/target/fetch-cost, and stopped at the end). The indices {@code
 * fetch-cost-before} and {@code fetch-cost-after} are replaced on each run.
 */
public final class FetchCostMain {

  private static final String BEFORE = "fetch-cost-before";
  private static final String AFTER = "fetch-cost-after";
  private static final long SEED = 20261122L;
  private static final int BULK = 50;

  private FetchCostMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path root = Path.of(System.getProperty("kb.root", ".")).toAbsolutePath().normalize();
    int articles = Integer.parseInt(env.getOrDefault("FETCH_ARTICLES", "1000"));
    int searches = Integer.parseInt(env.getOrDefault("FETCH_SEARCHES", "200"));
    int warmup = Integer.parseInt(env.getOrDefault("FETCH_WARMUP", "100"));
    String url = env.get("FETCH_ES_URL");
    LocalElasticsearch node = null;
    if (url == null) {
      node =
          LocalElasticsearch.builder()
              .distribution(LocalElasticsearch.mavenLocalDistribution(esVersion(env)))
              .plugin(plugin(root))
              .workDir(root.resolve("bench/target/fetch-cost"))
              .httpPort(Integer.parseInt(env.getOrDefault("FETCH_ES_PORT", "19400")))
              .heap(env.getOrDefault("FETCH_ES_HEAP", "512m"))
              .startupTimeout(Duration.ofMinutes(3))
              .build();
      node.start();
      url = node.url();
    }
    SearchCluster cluster = new SearchCluster(url);
    // Loading and merging take longer than the app's 10 s socket timeout on a busy machine.
    RestClient adminRest =
        RestClient.builder(HttpHost.create(url))
            .setRequestConfigCallback(rc -> rc.setSocketTimeout(600_000))
            .build();
    ElasticsearchClient admin =
        new ElasticsearchClient(new RestClientTransport(adminRest, new JacksonJsonpMapper()));
    try {
      run(cluster, admin, articles, warmup, searches, System.out);
    } finally {
      adminRest.close();
      cluster.close();
      if (node != null) {
        node.close();
      }
    }
  }

  private static void run(
      SearchCluster cluster,
      ElasticsearchClient client,
      int articles,
      int warmup,
      int searches,
      PrintStream out)
      throws IOException {
    CorpusGenerator corpus = new CorpusGenerator(SEED, new CorpusLayout());
    FetchLayouts layouts = new FetchLayouts(SEED);
    create(client, BEFORE, FetchLayouts.before());
    create(client, AFTER, FetchLayouts.current());
    CorpusDocuments documents =
        new CorpusDocuments(
            corpus.layout(),
            cluster.url(),
            AFTER,
            // no passages from the model: the layouts plant vectors of their own
            new Embedder(false, Embedder.DEFAULT_MODEL, false, Path.of("target")));
    List<String> queries = new ArrayList<>();
    List<CorpusArticle> all = corpus.articles(articles).toList();
    int chunks = 0;
    for (int from = 0; from < all.size(); from += BULK) {
      List<CorpusArticle> batch = all.subList(from, Math.min(all.size(), from + BULK));
      List<ObjectNode> before = new ArrayList<>();
      List<ObjectNode> after = new ArrayList<>();
      for (ArticleDocument d : documents.documents(batch)) {
        ObjectNode current = layouts.document(d, true);
        chunks += FetchLayouts.chunks(current);
        after.add(current);
        ObjectNode old = current.deepCopy();
        old.remove("chunk_vectors");
        before.add(old);
        if (queries.size() < 50 && d.status().equals("PUBLISHED")) {
          queries.add(d.title());
        }
      }
      bulk(client, BEFORE, before);
      bulk(client, AFTER, after);
    }
    client.indices().refresh(r -> r.index(BEFORE, AFTER));
    client.indices().forcemerge(f -> f.index(BEFORE, AFTER).maxNumSegments(1L));

    Map<String, Costs> results = new LinkedHashMap<>();
    results.put("before v4: vectors in _source, two requests", new Costs());
    results.put("v4, one _msearch in order (the app)", new Costs());
    results.put("v4, one _msearch, both at once", new Costs());
    ArticleSearch beforeSearch = search(cluster, BEFORE);
    ArticleSearch afterSearch = search(cluster, AFTER);
    FetchMeasurement measurement = new FetchMeasurement(cluster.client());
    for (int i = 0; i < warmup + searches; i++) {
      String text = queries.get(i % queries.size());
      float[] vector = layouts.vector();
      SearchQuery query = SearchQuery.of(text, 10);
      int n = 0;
      for (Map.Entry<String, Costs> e : results.entrySet()) {
        ArticleSearch search = n == 0 ? beforeSearch : afterSearch;
        Transport transport = Transport.values()[n++];
        SearchRequest knn = search.elasticsearchKnnRequest(query, agentScope(), vector);
        SearchRequest keyword = search.elasticsearchRequest(query, agentScope());
        Costs costs = i < warmup ? new Costs() : e.getValue();
        measurement.send(knn, keyword, transport, costs);
        if (transport != Transport.MSEARCH_CONCURRENT) {
          measurement.profile(knn, keyword, costs);
        }
      }
    }
    report(client, out, articles, chunks, searches, results);
  }

  private static ArticleSearch search(SearchCluster cluster, String index) {
    SemanticSettings settings = SemanticSettings.defaults();
    Embedder none = new Embedder(false, Embedder.DEFAULT_MODEL, false, Path.of("target"));
    return new ArticleSearch(
        cluster,
        new ArticleIndex(cluster, index, created -> {}),
        SynonymQueries.none(),
        none,
        new HybridFusion(settings),
        settings);
  }

  private static void report(
      ElasticsearchClient client,
      PrintStream out,
      int articles,
      int chunks,
      int searches,
      Map<String, Costs> results)
      throws IOException {
    out.printf(
        Locale.ROOT,
        "%n%d articles, %d passages (512-dim vectors), %d searches; milliseconds, p50 / p90%n%n",
        articles,
        chunks,
        searches);
    out.println(
        "| layout and transport | kNN took | kNN fetch | keyword took | keyword fetch |"
            + " search wall time |");
    out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, Costs> e : results.entrySet()) {
      Costs c = e.getValue();
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s |%n",
          e.getKey(),
          p5090(c.knnTook),
          p5090(c.knnFetch),
          p5090(c.keywordTook),
          p5090(c.keywordFetch),
          p5090(c.wall));
    }
    out.printf(
        "%n| part of the fetch phase, p50 ms | %s |%n", String.join(" | ", results.keySet()));
    out.println("|---" + "|---".repeat(results.size()) + "|");
    Set<String> parts = new TreeSet<>();
    results.values().forEach(c -> parts.addAll(c.fetchParts.keySet()));
    for (String part : parts) {
      StringBuilder row = new StringBuilder("| " + part + " |");
      for (Costs c : results.values()) {
        List<Double> values = c.fetchParts.getOrDefault(part, List.of());
        row.append(
            values.isEmpty()
                ? " – |"
                : String.format(Locale.ROOT, " %.2f |", FetchMeasurement.percentile(values, 50)));
      }
      out.println(row);
    }
    for (String index : List.of(BEFORE, AFTER)) {
      long bytes =
          client
              .indices()
              .stats(s -> s.index(index).metric("store"))
              .indices()
              .get(index)
              .primaries()
              .store()
              .sizeInBytes();
      out.printf(Locale.ROOT, "%n%s: %.1f MB on disk", index, bytes / 1e6);
    }
    out.println();
  }

  private static String p5090(List<Double> values) {
    if (values.isEmpty()) {
      return "–";
    }
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f",
        FetchMeasurement.percentile(values, 50),
        FetchMeasurement.percentile(values, 90));
  }

  private static void create(ElasticsearchClient client, String index, ObjectNode definition)
      throws IOException {
    if (client.indices().exists(e -> e.index(index)).value()) {
      client.indices().delete(d -> d.index(index));
    }
    byte[] json = definition.toString().getBytes(StandardCharsets.UTF_8);
    client
        .indices()
        .create(c -> c.index(index).withJson(new ByteArrayInputStream(json)))
        .acknowledged();
  }

  private static void bulk(ElasticsearchClient client, String index, List<ObjectNode> documents)
      throws IOException {
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
    for (ObjectNode d : documents) {
      bulk.operations(o -> o.index(i -> i.id(d.get("id").asText()).document(d)));
    }
    BulkResponse response = client.bulk(bulk.build());
    if (response.errors()) {
      throw new IllegalStateException(
          "Bulk load into " + index + " failed: " + response.items().get(0).error());
    }
  }

  private static String esVersion(Map<String, String> env) {
    return env.getOrDefault("FETCH_ES_VERSION", "8.19.21");
  }

  private static Path plugin(Path root) throws IOException {
    Path target = root.resolve("search/analysis-plugin/target");
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().matches("kb-analysis-plugin-.*\\.zip"))
          .findFirst()
          .orElseThrow(() -> new IOException("Build the plugin first: no zip in " + target));
    }
  }

  /** What the benchmark agent may read: everyone, itself and its groups; it edits nothing. */
  private static ReadScope agentScope() {
    Set<String> tokens = new LinkedHashSet<>();
    tokens.add(Principal.EVERYONE.token());
    tokens.add(Principal.user(CorpusLayout.AGENT).token());
    CorpusLayout.AGENT_GROUPS.forEach(g -> tokens.add(Principal.group(g).token()));
    return new ReadScope(false, tokens, Set.of(), Set.of());
  }
}
