package io.kbplatform.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kbplatform.bench.capture.CapturedSearch;
import io.kbplatform.bench.capture.CapturingProxy;
import io.kbplatform.bench.capture.EsExchange;
import io.kbplatform.bench.corpus.CorpusArticle;
import io.kbplatform.bench.corpus.CorpusGenerator;
import io.kbplatform.bench.corpus.CorpusLayout;
import io.kbplatform.bench.driver.Agreement;
import io.kbplatform.bench.driver.BenchQuery;
import io.kbplatform.bench.driver.LoadDriver;
import io.kbplatform.bench.driver.LoadDriver.LevelResult;
import io.kbplatform.bench.driver.OpenLoopDriver;
import io.kbplatform.bench.driver.QueryMix;
import io.kbplatform.bench.driver.RequestAnatomy;
import io.kbplatform.bench.driver.Target;
import io.kbplatform.bench.embedding.AppEmbedderBackend;
import io.kbplatform.bench.embedding.EmbeddingCost;
import io.kbplatform.bench.indexing.AppRebuild;
import io.kbplatform.bench.indexing.IndexingResult;
import io.kbplatform.bench.indexing.PooledIndexing;
import io.kbplatform.bench.load.DatabaseLoader;
import io.kbplatform.bench.runtime.BenchServices;
import io.kbplatform.bench.runtime.Http;
import io.kbplatform.bench.runtime.MemoryProbe;
import io.kbplatform.bench.runtime.MemorySampler;
import io.kbplatform.devtools.MemorySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/** Runs the whole benchmark once; see docs/benchmarks.md and scripts/benchmark.sh. */
public final class BenchMain {

  static final String AGENT_PASSWORD = "bench-agent-Passw0rd";
  static final String ADMIN_PASSWORD = "bench-admin-Passw0rd";
  static final String ALIAS = "kb-articles";

  /** Elasticsearch and API runs alternate in this many rounds per level. */
  static final int ROUNDS = 3;

  private final BenchConfig config;
  private final Map<String, String> loadAverages = new LinkedHashMap<>();

  BenchMain(BenchConfig config) {
    this.config = config;
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("kb.root", ".")).toAbsolutePath().normalize();
    BenchConfig config = BenchConfig.from(System.getenv(), root);
    int code = 0;
    try {
      new BenchMain(config).run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      code = 1;
    }
    // Client libraries (the Elasticsearch REST client, ONNX Runtime) leave non-daemon threads.
    System.exit(code);
  }

  void run() throws Exception {
    long began = System.nanoTime();
    loadAverages.put("start", loadAverage());
    Files.createDirectories(config.work());
    Path runtime = config.root().resolve("app/target/runtime");
    BenchServices.Settings settings =
        new BenchServices.Settings(
            single(runtime, "elasticsearch-", ".zip"),
            runtime.resolve("kb-analysis-plugin.zip"),
            runtime.resolve("payara-micro.jar"),
            config.root().resolve("app/target/kb.war"),
            config.work(),
            config.esPort(),
            config.appPort(),
            config.esHeap(),
            config.appHeap(),
            MemorySettings.appJvmOptions(config.appHeap(), config.appJavaOptions()),
            config.dbUrl(),
            config.dbUser(),
            config.dbPassword(),
            ADMIN_PASSWORD,
            Map.of("KB_SEARCH_SEMANTIC_ENABLED", "true"));
    CorpusGenerator corpus = new CorpusGenerator(config.seed(), new CorpusLayout());
    String esUrl = "http://127.0.0.1:" + config.esPort();
    try (BenchServices services = new BenchServices(settings);
        CapturingProxy proxy = new CapturingProxy(esUrl)) {
      log(
          "Starting Elasticsearch (heap "
              + config.esHeap()
              + ") and the app (heap "
              + config.appHeap()
              + "), the app through a capturing proxy at "
              + proxy.url());
      services.start(proxy.url());
      ElasticsearchClient es = client(services.esUrl());
      awaitIndex(es);
      DatabaseLoader loader =
          new DatabaseLoader(config.dbUrl(), config.dbUser(), config.dbPassword());
      log("Loading " + config.articles() + " articles into " + config.dbUrl());
      long t = System.nanoTime();
      int loaded = loader.load(corpus, config.articles(), AGENT_PASSWORD);
      double loadSeconds = (System.nanoTime() - t) / 1e9;
      log("Loaded " + loaded + " articles in " + round(loadSeconds) + " s");

      log("Indexing the corpus with pooled passage vectors (raw _bulk into the app's index)");
      PooledIndexing.Result pooled =
          new PooledIndexing(corpus, config.work(), BenchMain::log)
              .run(es, services.esUrl(), ALIAS, loaded, config.vectorPool(), config.bulkSize());
      IndexingResult raw = pooled.bulk();
      log("Raw bulk: " + raw);
      List<String> sampleIds = sampleIds(corpus, loaded);
      Map<String, JsonNode> before = sources(es, ALIAS, sampleIds);

      services.awaitSemantic(Duration.ofMinutes(5));
      log("Capturing the Elasticsearch requests the app sends for each query");
      List<CapturedSearch> captured = capture(services, proxy);
      captured.forEach(c -> log("  " + c.query() + ": " + c.kinds()));

      log("Restarting the app straight against Elasticsearch");
      services.restartApp(services.esUrl());
      services.awaitSemantic(Duration.ofMinutes(5));
      MemoryProbe probe = new MemoryProbe(services.appUrl());
      Map<String, Long> pids = services.stackPids();
      Target api =
          Target.api(services.appUrl(), CorpusLayout.AGENT, AGENT_PASSWORD, config.limit());
      Target direct = Target.replay("elasticsearch", services.esUrl(), captured, b -> b);
      LoadDriver driver = new LoadDriver();
      driver.run(api, 1, 0, 2 * api.searches().size()); // a short session: every query twice
      MemorySampler.Summary idle = idle(probe, pids);

      IndexingResult rebuild = null;
      MemorySampler.Summary duringRebuild = null;
      String identical = "not compared (no rebuild: BENCH_REBUILD=0)";
      if (config.rebuild()) {
        log("Full rebuild through the app");
        try (Connection db = loader.connect();
            MemorySampler sampler = new MemorySampler(probe, pids)) {
          db.setAutoCommit(true);
          rebuild =
              new AppRebuild(
                      new Http(services.appUrl(), "admin", ADMIN_PASSWORD),
                      db,
                      () -> searchable(es, ALIAS),
                      Duration.ofMinutes(config.rebuildMinutes()))
                  .run(loaded, config.bulkSize());
          duringRebuild = sampler.summary();
        }
        log("Rebuild: " + rebuild);
        identical = compare(before, sources(es, ALIAS, sampleIds));
        log("Documents: " + identical);
      }
      System.gc();

      Agreement.Result agreement = new Agreement().check(direct, captured);
      log("Replay: " + agreement);

      loadAverages.put("beforeLatency", loadAverage());
      List<LevelResult> latency = new ArrayList<>();
      Map<Integer, MemorySampler.Summary> underLoad = new LinkedHashMap<>();
      for (int clients : config.levels()) {
        try (MemorySampler sampler = new MemorySampler(probe, pids)) {
          sampler.pause();
          List<LevelResult> pair =
              driver.paired(
                  direct,
                  api,
                  clients,
                  config.warmup(),
                  config.requests(),
                  ROUNDS,
                  new Runnable[] {sampler::resume, sampler::pause});
          underLoad.put(clients, sampler.summary());
          pair.forEach(l -> log(l.toString()));
          latency.addAll(pair);
        }
      }
      OpenLoopDriver open = new OpenLoopDriver();
      List<OpenLoopDriver.RateResult> openLoop = new ArrayList<>();
      Map<Double, MemorySampler.Summary> underOpenLoad = new LinkedHashMap<>();
      for (double rate : config.rates()) {
        OpenLoopDriver.RateResult e =
            open.run(direct, rate, config.openWarmupSeconds(), config.openSeconds());
        log(e.toString());
        openLoop.add(e);
        try (MemorySampler sampler = new MemorySampler(probe, pids)) {
          OpenLoopDriver.RateResult a =
              open.run(api, rate, config.openWarmupSeconds(), config.openSeconds());
          underOpenLoad.put(rate, sampler.summary());
          log(a.toString());
          openLoop.add(a);
        }
      }
      loadAverages.put("afterLatency", loadAverage());
      log("Anatomy of the Elasticsearch requests (1 client)");
      List<RequestAnatomy.Part> anatomy =
          new RequestAnatomy()
              .run(
                  services.esUrl(),
                  captured,
                  driver,
                  Math.min(50, config.warmup()),
                  Math.max(64, config.requests() / 10));
      anatomy.forEach(part -> log(part.toString()));
      log("Embedding cost (in this JVM, app and Elasticsearch idle)");
      List<CorpusArticle> sample =
          IntStream.range(0, Math.min(config.embedSample(), loaded))
              .map(i -> (int) ((long) i * loaded / Math.min(config.embedSample(), loaded)))
              .mapToObj(corpus::article)
              .toList();
      EmbeddingCost.Result embedding =
          new EmbeddingCost(new AppEmbedderBackend(config.work().resolve("djl")))
              .run(QueryMix.QUERIES.stream().map(BenchQuery::text).toList(), sample, loaded);
      log("Embedding: " + embedding);

      Map<String, Object> corpusFacts = corpusFacts(corpus, loaded, loadSeconds);
      corpusFacts.put("vectorPool", pooled);
      BenchResults results =
          Report.results(
              config,
              machine(services),
              corpusFacts,
              captured,
              rebuild,
              raw,
              identical,
              agreement,
              latency,
              openLoop,
              idle,
              duringRebuild,
              underLoad,
              underOpenLoad,
              anatomy,
              embedding,
              (System.nanoTime() - began) / 6e10);
      write(results);
      results.targets().forEach(target -> log(target.toString()));
    }
  }

  /**
   * Sends every query of the mix through the app twice (the second time with whatever the app
   * caches warm) and keeps the Elasticsearch requests of the second.
   */
  private List<CapturedSearch> capture(BenchServices services, CapturingProxy proxy)
      throws IOException, InterruptedException {
    Target api = Target.api(services.appUrl(), CorpusLayout.AGENT, AGENT_PASSWORD, config.limit());
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    List<CapturedSearch> captured = new ArrayList<>();
    for (int i = 0; i < QueryMix.QUERIES.size(); i++) {
      java.net.http.HttpRequest request = api.searches().get(i).get(0);
      client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
      proxy.record();
      var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
      List<EsExchange> exchanges = proxy.stop();
      if (response.statusCode() != 200) {
        throw new IOException(request.uri() + " answered " + response.statusCode());
      }
      captured.add(new CapturedSearch(QueryMix.QUERIES.get(i).text(), exchanges));
    }
    return captured;
  }

  private static List<String> sampleIds(CorpusGenerator corpus, int loaded) {
    List<String> ids = new ArrayList<>();
    int n = Math.min(50, loaded);
    for (int i = 0; i < n; i++) {
      ids.add(corpus.article((int) ((long) i * loaded / n)).id());
    }
    return ids;
  }

  /** Compares the _source of sampled documents before and after the rebuild. */
  private static String compare(Map<String, JsonNode> before, Map<String, JsonNode> after) {
    int same = 0;
    String firstDifference = null;
    for (Map.Entry<String, JsonNode> e : before.entrySet()) {
      if (Objects.equals(e.getValue(), after.get(e.getKey()))) {
        same++;
      } else if (firstDifference == null) {
        firstDifference =
            e.getKey() + ": bulk " + e.getValue() + " / rebuilt " + after.get(e.getKey());
      }
    }
    return same
        + " of "
        + before.size()
        + " sampled documents identical after the app's rebuild"
        + (firstDifference == null ? "" : "; first difference " + abbreviate(firstDifference));
  }

  private MemorySampler.Summary idle(MemoryProbe probe, Map<String, Long> pids)
      throws InterruptedException {
    try (MemorySampler sampler = new MemorySampler(probe, pids)) {
      Thread.sleep(10000);
      return sampler.summary();
    }
  }

  /**
   * Waits until the app has created its (empty) index: the refill it queues then finds no article,
   * so that nothing but the measured rebuild indexes the corpus.
   */
  private static void awaitIndex(ElasticsearchClient es) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
    while (!es.indices().existsAlias(a -> a.name(ALIAS)).value()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("The app did not create its index " + ALIAS);
      }
      Thread.sleep(500);
    }
    Thread.sleep(5000);
  }

  private static long searchable(ElasticsearchClient es, String index) {
    try {
      es.indices().refresh(r -> r.index(index));
      return es.count(c -> c.index(index)).count();
    } catch (IOException e) {
      return -1;
    }
  }

  private static Map<String, JsonNode> sources(
      ElasticsearchClient es, String index, List<String> ids) throws IOException {
    MgetResponse<JsonNode> response = es.mget(m -> m.index(index).ids(ids), JsonNode.class);
    Map<String, JsonNode> sources = new LinkedHashMap<>();
    for (MultiGetResponseItem<JsonNode> item : response.docs()) {
      if (item.isResult() && item.result().found()) {
        sources.put(item.result().id(), item.result().source());
      }
    }
    return sources;
  }

  private static String abbreviate(String text) {
    return text.length() > 600 ? text.substring(0, 600) + "..." : text;
  }

  private Map<String, Object> corpusFacts(CorpusGenerator corpus, int loaded, double seconds) {
    Map<String, Object> facts = new LinkedHashMap<>();
    int sampleSize = Math.min(loaded, 5000);
    long[] lengths = new long[sampleSize];
    Map<String, Integer> languages = new LinkedHashMap<>();
    for (int i = 0; i < sampleSize; i++) {
      CorpusArticle a = corpus.article((int) ((long) i * loaded / sampleSize));
      lengths[i] = a.body().length();
      languages.merge(a.language(), 1, Integer::sum);
    }
    var p = new io.kbplatform.bench.driver.Percentiles(lengths);
    facts.put("articles", loaded);
    facts.put("seed", config.seed());
    facts.put("spaces", corpus.layout().spaces().size());
    facts.put("categoriesPerSpace", corpus.layout().spaces().get(0).categories().size());
    facts.put(
        "bodyLengthChars",
        Map.of(
            "median",
            p.at(50),
            "p90",
            p.at(90),
            "p99",
            p.at(99),
            "max",
            p.max(),
            "sharePer1000Over5000",
            IntStream.range(0, sampleSize).filter(i -> lengths[i] > 5000).count()
                * 1000
                / Math.max(1, sampleSize)));
    facts.put("languagesInSample", languages);
    facts.put("databaseLoadSeconds", round(seconds));
    return facts;
  }

  private Map<String, Object> machine(BenchServices services) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("memTotal", Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " "));
    m.put(
        "cpu",
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .orElse("?"));
    m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("loadAverage1m5m15m", loadAverages);
    m.put("elasticsearchHeap", config.esHeap());
    m.put("appHeap", config.appHeap());
    m.put("benchJvmMaxHeapMib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    m.put(
        "elasticsearch",
        "8.19.21 (integ-test-zip) + kb-analysis-plugin, single node, " + services.esUrl());
    m.put(
        "app",
        "Payara Micro 6.2025.10, kb.war, "
            + services.appUrl()
            + ", PostgreSQL, kb.search.semantic.enabled=true");
    m.put("appJvmOptions", MemorySettings.appJvmOptions(config.appHeap(), config.appJavaOptions()));
    return m;
  }

  private void write(BenchResults results) throws IOException {
    Path json = config.docs().resolve("benchmarks").resolve("results.json");
    Files.createDirectories(json.getParent());
    Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
    Files.writeString(config.docs().resolve("benchmarks.md"), Report.markdown(results));
    log("Wrote " + config.docs().resolve("benchmarks.md") + " and " + json);
  }

  /**
   * A client of the Elasticsearch node at {@code url}, with long socket timeouts for bulk loads.
   */
  public static ElasticsearchClient client(String url) {
    RestClient rest =
        RestClient.builder(HttpHost.create(url))
            .setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(300_000))
            .build();
    return new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
  }

  private static Path single(Path dir, String prefix, String suffix) throws IOException {
    try (var files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .findFirst()
          .orElseThrow(() -> new IOException("No " + prefix + "*" + suffix + " in " + dir));
    }
  }

  /** 1, 5 and 15 minute load averages: other work on the machine shows here. */
  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static void log(String message) {
    System.out.println(
        "[bench " + ZonedDateTime.now(ZoneOffset.UTC).toLocalTime().withNano(0) + "] " + message);
  }
}
