package io.kbplatform.bench.ui;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.kbplatform.bench.BenchConfig;
import io.kbplatform.bench.BenchMain;
import io.kbplatform.bench.corpus.CorpusGenerator;
import io.kbplatform.bench.corpus.CorpusLayout;
import io.kbplatform.bench.indexing.AppRebuild;
import io.kbplatform.bench.indexing.IndexingResult;
import io.kbplatform.bench.indexing.PooledIndexing;
import io.kbplatform.bench.load.DatabaseLoader;
import io.kbplatform.bench.runtime.BenchServices;
import io.kbplatform.bench.runtime.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;

/**
 * The UI latency benchmark (docs/benchmarks-ui.md): Elasticsearch and the app on PostgreSQL with
 * {@code BENCH_UI_ARTICLES} articles, then a real Chromium on the search screen. Run by {@code
 * BENCH_MODE=ui scripts/benchmark.sh}.
 */
public final class UiBenchMain {

  static final String ADMIN_PASSWORD = "bench-admin-Passw0rd";
  static final String AGENT_PASSWORD = "bench-agent-Passw0rd";
  static final String ALIAS = "kb-articles";
  static final int WARMUP_QUERIES = 10;
  static final int WARMUP_API_PASSES = 2;
  static final int API_ROUNDS = 3;

  private final BenchConfig config;
  private final UiSettings ui;
  private final Map<String, String> loadAverages = new LinkedHashMap<>();

  UiBenchMain(BenchConfig config, UiSettings ui) {
    this.config = config;
    this.ui = ui;
  }

  public static void main(String[] args) {
    Path root = Path.of(System.getProperty("kb.root", ".")).toAbsolutePath().normalize();
    int code = 0;
    try {
      new UiBenchMain(BenchConfig.from(System.getenv(), root), UiSettings.from(System.getenv()))
          .run();
    } catch (Exception | Error e) {
      e.printStackTrace();
      code = 1;
    }
    System.exit(code); // client libraries leave non-daemon threads
  }

  void run() throws Exception {
    long began = System.nanoTime();
    loadAverages.put("start", loadAverage());
    Path work = config.work();
    Files.createDirectories(work);
    try (BenchServices services = new BenchServices(services(work))) {
      log("Starting Elasticsearch and the app");
      services.start();
      Http es = new Http(services.esUrl(), null, null);
      awaitIndex(es);
      DatabaseLoader loader =
          new DatabaseLoader(config.dbUrl(), config.dbUser(), config.dbPassword());
      CorpusGenerator corpus = new CorpusGenerator(config.seed(), new CorpusLayout());
      log("Loading " + ui.articles() + " articles into " + config.dbUrl());
      int loaded = loader.load(corpus, ui.articles(), AGENT_PASSWORD);
      IndexingResult rebuild;
      if (ui.semantic()) {
        // The app's rebuild would embed every passage again; the pooled bulk load is the index.
        log("Indexing the corpus with pooled passage vectors");
        rebuild =
            new PooledIndexing(corpus, work, UiBenchMain::log)
                .run(
                    BenchMain.client(services.esUrl()),
                    services.esUrl(),
                    ALIAS,
                    loaded,
                    config.vectorPool(),
                    config.bulkSize())
                .bulk();
        services.awaitSemantic(Duration.ofMinutes(5));
      } else {
        try (Connection db = loader.connect()) {
          db.setAutoCommit(true);
          rebuild =
              new AppRebuild(
                      new Http(services.appUrl(), "admin", ADMIN_PASSWORD),
                      db,
                      () -> searchable(es),
                      Duration.ofHours(1))
                  .run(loaded, config.bulkSize());
        }
      }
      log("Indexed: " + rebuild);
      Map<String, Object> corpusFacts = new LinkedHashMap<>();
      corpusFacts.put("articles", loaded);
      corpusFacts.put("searchable", searchable(es));
      corpusFacts.put("seed", config.seed());
      corpusFacts.put("indexing", rebuild.method() + ", " + rebuild.seconds() + " s");

      log(
          "Warming up: every prefix of every query through the API, "
              + WARMUP_API_PASSES
              + " times");
      new ApiReplay(services.appUrl(), CorpusLayout.AGENT, AGENT_PASSWORD)
          .warm(TypedQueries.first(ui.queries() + WARMUP_QUERIES), WARMUP_API_PASSES);
      loadAverages.put("beforeBrowser", loadAverage());
      UiResults results;
      try (UiBrowser browser =
          UiBrowser.start(ui.language(), work, Instrumentation.script(ui.input(), ui.results()))) {
        signIn(browser, services.appUrl());
        String screen = services.appUrl() + ui.route();
        ScreenLoad loads = new ScreenLoad(browser, screen);
        loads.once(true); // the first load of all warms the app's static resources
        log("Opening the search screen " + ui.loads() + " times cold and warm");
        List<ScreenLoad.Sample> samples = loads.run(ui.loads());
        log("Typing " + ui.queries() + " queries");
        List<TypingRun.Typed> typed = type(browser, loads);
        log("Replaying the final requests against the API");
        List<Double> api =
            new ApiReplay(services.appUrl(), CorpusLayout.AGENT, AGENT_PASSWORD)
                .run(typed.stream().map(ApiReplay::pathFor).toList(), API_ROUNDS);
        loadAverages.put("end", loadAverage());
        results = results(samples, typed, api, corpusFacts, (System.nanoTime() - began) / 6e10);
      }
      write(results);
      results.targets().forEach(t -> log(t.toString()));
    }
  }

  private List<TypingRun.Typed> type(UiBrowser browser, ScreenLoad loads)
      throws InterruptedException {
    ScreenLoad.Sample opened = loads.once(false);
    if (browser.driver().findElements(By.cssSelector(ui.input())).isEmpty()) {
      throw new IllegalStateException(
          "The search screen "
              + ui.route()
              + " has no "
              + ui.input()
              + " (BENCH_UI_INPUT): not the screen with the benchmark's contract?");
    }
    if (opened.searchFocused() == null) {
      log("The search box did not take the focus by itself; the typing clicks it");
    }
    TypingRun run = new TypingRun(browser, ui, config.seed());
    List<String> queries = TypedQueries.first(ui.queries() + WARMUP_QUERIES);
    for (String warmup : queries.subList(ui.queries(), queries.size())) {
      run.type(warmup);
    }
    List<TypingRun.Typed> typed = new ArrayList<>();
    for (String query : queries.subList(0, ui.queries())) {
      TypingRun.Typed result = run.type(query);
      log(
          query
              + ": "
              + (result.finalMillis() == null
                  ? "no results"
                  : Stats.round(result.finalMillis()) + " ms")
              + " after the last key, "
              + result.renders()
              + " renders");
      typed.add(result);
    }
    return typed;
  }

  private UiResults results(
      List<ScreenLoad.Sample> samples,
      List<TypingRun.Typed> typed,
      List<Double> api,
      Map<String, Object> corpusFacts,
      double minutes)
      throws IOException {
    Map<String, Map<String, Stats>> screen = new LinkedHashMap<>();
    screen.put("responseEnd", byCache(samples, ScreenLoad.Sample::responseEnd));
    screen.put("firstPaint", byCache(samples, ScreenLoad.Sample::firstPaint));
    screen.put("firstContentfulPaint", byCache(samples, ScreenLoad.Sample::firstContentfulPaint));
    screen.put("domContentLoaded", byCache(samples, ScreenLoad.Sample::domContentLoaded));
    screen.put("searchFocused", byCache(samples, ScreenLoad.Sample::searchFocused));
    screen.put("load", byCache(samples, ScreenLoad.Sample::load));
    List<Double> finals = new ArrayList<>();
    List<Double> updates = new ArrayList<>();
    List<Double> inBrowser = new ArrayList<>();
    int keystrokes = 0;
    int superseded = 0;
    int missing = 0;
    for (TypingRun.Typed t : typed) {
      if (t.finalMillis() == null) {
        missing++;
      } else {
        finals.add(t.finalMillis());
      }
      inBrowser.add(t.finalRequestMillis());
      for (TypingRun.Keystroke k : t.keystrokes()) {
        keystrokes++;
        if (k.shownAfterMillis() == null) {
          superseded++;
        } else {
          updates.add(k.shownAfterMillis());
        }
      }
    }
    Stats finalStats = Stats.of(finals);
    Stats apiStats = Stats.of(api);
    Map<String, Double> ratios = new LinkedHashMap<>();
    ratios.put("p50", Stats.round(finalStats.p50() / apiStats.p50()));
    ratios.put("p95", Stats.round(finalStats.p95() / apiStats.p95()));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("route", ui.route());
    settings.put("language", ui.language());
    settings.put("loads", ui.loads() + " cold + " + ui.loads() + " warm");
    settings.put("queries", ui.queries() + " (+" + WARMUP_QUERIES + " warm-up)");
    settings.put("keyGapMs", ui.minGapMillis() + "-" + ui.maxGapMillis());
    settings.put("semanticRetrieval", ui.semantic());
    UiResults measured =
        new UiResults(
            Instant.now().toString(),
            config.command(),
            Stats.round(minutes),
            machine(),
            settings,
            corpusFacts,
            screen,
            samples,
            finalStats,
            Stats.of(updates),
            keystrokes,
            superseded,
            missing,
            apiStats,
            Stats.of(inBrowser),
            anatomy(typed),
            ratios,
            typed,
            List.of());
    return measured.withTargets(UiReport.targets(measured));
  }

  private static Map<String, Stats> anatomy(List<TypingRun.Typed> typed) {
    Map<String, Stats> parts = new LinkedHashMap<>();
    parts.put(
        "untilRequest",
        Stats.of(typed.stream().map(t -> t.anatomy().untilRequestMillis()).toList()));
    parts.put("request", Stats.of(typed.stream().map(t -> t.anatomy().requestMillis()).toList()));
    parts.put(
        "untilPainted",
        Stats.of(typed.stream().map(t -> t.anatomy().untilPaintedMillis()).toList()));
    return parts;
  }

  private static Map<String, Stats> byCache(
      List<ScreenLoad.Sample> samples, Function<ScreenLoad.Sample, Double> figure) {
    Map<String, Stats> byCache = new LinkedHashMap<>();
    byCache.put("cold", Stats.of(samples.stream().filter(s -> s.cold()).map(figure).toList()));
    byCache.put("warm", Stats.of(samples.stream().filter(s -> !s.cold()).map(figure).toList()));
    return byCache;
  }

  /** Signs in from the page, so the session cookie is the browser's own. */
  private static void signIn(UiBrowser browser, String appUrl) throws IOException {
    browser.driver().get(appUrl + "/");
    Object status =
        browser.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch('/api/session', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json',"
                + " 'X-Requested-With': 'XMLHttpRequest'},"
                + " body: JSON.stringify({username: arguments[0], password: arguments[1]})})"
                + ".then(r => done(r.status), e => done(String(e)));",
            CorpusLayout.AGENT,
            AGENT_PASSWORD);
    if (!(status instanceof Number n) || n.intValue() / 100 != 2) {
      throw new IOException("Signing in with POST /api/session answered " + status);
    }
  }

  private BenchServices.Settings services(Path work) throws IOException {
    Path runtime = config.root().resolve("app/target/runtime");
    return new BenchServices.Settings(
        single(runtime, "elasticsearch-", ".zip"),
        runtime.resolve("kb-analysis-plugin.zip"),
        runtime.resolve("payara-micro.jar"),
        config.root().resolve("app/target/kb.war"),
        work,
        config.esPort(),
        config.appPort(),
        config.esHeap(),
        config.appHeap(),
        io.kbplatform.devtools.MemorySettings.appJvmOptions(
            config.appHeap(), config.appJavaOptions()),
        config.dbUrl(),
        config.dbUser(),
        config.dbPassword(),
        ADMIN_PASSWORD,
        Map.of("KB_SEARCH_SEMANTIC_ENABLED", Boolean.toString(ui.semantic())));
  }

  /** Waits until the app has created its (empty) index, so that only the rebuild fills it. */
  private static void awaitIndex(Http es) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (es.get("/_alias/" + ALIAS).status() != 200) {
      if (System.nanoTime() > deadline) {
        throw new IOException("The app did not create its index " + ALIAS);
      }
      Thread.sleep(500);
    }
    Thread.sleep(5000);
  }

  private static long searchable(Http es) {
    try {
      es.post("/" + ALIAS + "/_refresh", null);
      return es.get("/" + ALIAS + "/_count").json().path("count").asLong(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  private Map<String, Object> machine() throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put(
        "cpu",
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .findFirst()
            .map(l -> l.substring(l.indexOf(':') + 1).strip())
            .orElse("?"));
    m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("browser", "Debian Chromium (headless=new) via chromedriver, 1280×800");
    m.put("loadAverage1m5m15m", loadAverages);
    m.put("elasticsearchHeap", config.esHeap());
    m.put("appHeap", config.appHeap());
    return m;
  }

  private void write(UiResults results) throws IOException {
    Path json = config.docs().resolve("benchmarks").resolve("ui-results.json");
    Files.createDirectories(json.getParent());
    Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), results);
    Files.writeString(config.docs().resolve("benchmarks-ui.md"), UiReport.markdown(results));
    log("Wrote " + config.docs().resolve("benchmarks-ui.md") + " and " + json);
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

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "?";
    }
  }

  static void log(String message) {
    System.out.println(
        "[bench-ui "
            + ZonedDateTime.now(ZoneOffset.UTC).toLocalTime().withNano(0)
            + "] "
            + message);
  }
}
