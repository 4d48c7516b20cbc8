package io.kbplatform.bench;

import io.kbplatform.bench.BenchResults.Ratio;
import io.kbplatform.bench.BenchResults.Target;
import io.kbplatform.bench.capture.CapturedSearch;
import io.kbplatform.bench.driver.Agreement;
import io.kbplatform.bench.driver.LoadDriver.LevelResult;
import io.kbplatform.bench.driver.OpenLoopDriver.RateResult;
import io.kbplatform.bench.driver.QueryMix;
import io.kbplatform.bench.driver.RequestAnatomy;
import io.kbplatform.bench.embedding.EmbeddingCost;
import io.kbplatform.bench.indexing.IndexingResult;
import io.kbplatform.bench.runtime.MemorySampler;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Turns the measurements into the results record and the Markdown of docs/benchmarks.md. */
final class Report {

  static final double SINGLE_P50_GOAL_MS = 25;
  static final double SINGLE_RATIO_GOAL = 1.2;
  static final double SUSTAINED_RATE_GOAL = 100;
  static final double SUSTAINED_P99_GOAL_MS = 200;
  static final long STACK_RSS_GOAL_MIB = 2048;
  static final double REBUILD_RATIO_GOAL = 0.5;

  private Report() {}

  static BenchResults results(
      BenchConfig config,
      Map<String, Object> machine,
      Map<String, Object> corpus,
      List<CapturedSearch> captured,
      IndexingResult rebuild,
      IndexingResult raw,
      String identical,
      Agreement.Result replay,
      List<LevelResult> latency,
      List<RateResult> openLoop,
      MemorySampler.Summary idle,
      MemorySampler.Summary duringRebuild,
      Map<Integer, MemorySampler.Summary> underLoad,
      Map<Double, MemorySampler.Summary> underOpenLoad,
      List<RequestAnatomy.Part> anatomy,
      EmbeddingCost.Result embedding,
      double minutes) {
    List<Ratio> ratios = new ArrayList<>();
    for (int clients : config.levels()) {
      LevelResult es = level(latency, "elasticsearch", clients);
      LevelResult api = level(latency, "api", clients);
      ratios.add(
          new Ratio(
              clients,
              ratio(api.p50Ms(), es.p50Ms()),
              ratio(api.p95Ms(), es.p95Ms()),
              ratio(api.p99Ms(), es.p99Ms()),
              ratio(api.throughputPerSecond(), es.throughputPerSecond())));
    }
    List<Target> targets = new ArrayList<>();
    latency.stream()
        .filter(l -> l.clients() == 1 && l.target().equals("api"))
        .findFirst()
        .ifPresent(
            api -> {
              LevelResult es = level(latency, "elasticsearch", 1);
              double r = ratio(api.p50Ms(), es.p50Ms());
              targets.add(
                  new Target(
                      "Single-client API p50 <= 25 ms",
                      fmt(api.p50Ms()) + " ms",
                      api.p50Ms() <= SINGLE_P50_GOAL_MS && api.errors() == 0));
              targets.add(
                  new Target(
                      "Single-client API p50 <= 1.2x the same requests sent straight to"
                          + " Elasticsearch",
                      fmt(api.p50Ms()) + " / " + fmt(es.p50Ms()) + " ms = " + fmt(r) + "x",
                      r <= SINGLE_RATIO_GOAL));
            });
    sustained(openLoop)
        .ifPresent(
            a ->
                targets.add(
                    new Target(
                        "Open loop: >= 100 searches/s with p99 < 200 ms (API)",
                        fmt(a.ratePerSecond())
                            + "/s offered, "
                            + fmt(a.achievedPerSecond())
                            + "/s answered, p99 "
                            + fmt(a.p99Ms())
                            + " ms, "
                            + a.errors()
                            + " errors",
                        met(a))));
    long stackMax =
        underOpenLoad.values().stream()
            .mapToLong(MemorySampler.Summary::totalMaxMib)
            .max()
            .orElse(
                underLoad.values().stream()
                    .mapToLong(MemorySampler.Summary::totalMaxMib)
                    .max()
                    .orElse(0));
    targets.add(
        new Target(
            "Whole stack (Elasticsearch, the app and their helper processes) under 2 GB RSS under"
                + " load",
            stackMax + " MiB at most",
            stackMax > 0 && stackMax < STACK_RSS_GOAL_MIB));
    double rebuildRatio = 0;
    if (rebuild != null) {
      rebuildRatio = ratio(rebuild.documentsPerSecond(), raw.documentsPerSecond());
      targets.add(
          new Target(
              "Rebuild at least half of raw bulk throughput (vectors reused)",
              fmt(rebuild.documentsPerSecond())
                  + " vs "
                  + fmt(raw.documentsPerSecond())
                  + " docs/s = "
                  + fmt(rebuildRatio),
              rebuildRatio >= REBUILD_RATIO_GOAL && rebuild.indexed() == raw.indexed()));
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("closedLoopLevels", config.levels());
    settings.put("warmupRequestsPerRun", config.warmup());
    settings.put("measuredRequestsPerRun", config.requests());
    settings.put("openLoopRatesPerSecond", config.rates());
    settings.put("openLoopSecondsPerRate", config.openSeconds());
    settings.put("openLoopWarmupSeconds", config.openWarmupSeconds());
    settings.put("hitsPerSearch", config.limit());
    settings.put("bulkSize", config.bulkSize());
    settings.put("queryMix", QueryMix.QUERIES);
    settings.put("embeddingSample", config.embedSample());
    return new BenchResults(
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        config.command(),
        machine,
        settings,
        corpus,
        captured,
        rebuild,
        raw,
        rebuildRatio,
        identical,
        replay,
        latency,
        ratios,
        openLoop,
        idle,
        duringRebuild,
        underLoad,
        underOpenLoad,
        anatomy,
        embedding,
        targets,
        BenchMain.round(minutes));
  }

  /** The API's result at the lowest offered rate of at least 100/s. */
  static Optional<RateResult> sustained(List<RateResult> openLoop) {
    return openLoop.stream()
        .filter(r -> r.target().equals("api") && r.ratePerSecond() >= SUSTAINED_RATE_GOAL)
        .min((a, b) -> Double.compare(a.ratePerSecond(), b.ratePerSecond()));
  }

  /** Kept up (answered at least 95% of the offered rate), no errors, p99 under the goal. */
  static boolean met(RateResult r) {
    return r.errors() == 0
        && r.p99Ms() < SUSTAINED_P99_GOAL_MS
        && r.achievedPerSecond() >= 0.95 * r.ratePerSecond();
  }

  /** The UI benchmark writes its own file; this one is rewritten whole by each run. */
  static final String UI_LINK =
      "The web UI's latency (search screen paint, results while typing, 10,000 articles) is"
          + " measured separately: [benchmarks-ui.md](benchmarks-ui.md)"
          + " (`BENCH_MODE=ui scripts/benchmark.sh`).\n\n";

  static String markdown(BenchResults r) {
    StringBuilder md = new StringBuilder();
    md.append("# Search benchmarks\n\n");
    md.append(
            "Generated by the benchmark run itself (`bench/`, not part of the test suite). Re-run with"
                + " one command:\n\n```\n")
        .append(r.command())
        .append("\n```\n\n");
    md.append("Run of ")
        .append(r.date())
        .append(", ")
        .append(fmt(r.totalMinutes()))
        .append(
            " minutes in all. Raw numbers: [benchmarks/results.json](benchmarks/results.json).\n\n");
    md.append(UI_LINK);

    md.append("## Targets (issue 13)\n\n| Goal | Measured | Met |\n|---|---|---|\n");
    for (Target t : r.targets()) {
      row(md, t.goal(), t.measured(), t.met() ? "yes" : "**no**");
    }

    md.append("\n## Machine and settings\n\n");
    r.machine().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append(
        "- Elasticsearch, the app, PostgreSQL and the load driver all share these cores;"
            + " a load average well above the number of cores means other work competed with the"
            + " run and the absolute numbers are inflated.\n");

    md.append("\n## Corpus\n\n");
    r.corpus().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
    md.append(
        "- Generated deterministically (seed above) from contact-centre phrase templates and a"
            + " vocabulary of products, actions, issues, policies, channels and systems; 45%"
            + " Simplified, 20% Traditional (a third with pinyin-in-brackets artefacts), 20% English,"
            + " 15% bilingual; 20 spaces (4 readable by groups only) x 6 categories, 2-5 tags, 6%"
            + " restricted to a group, 3% archived, 10% needing review.\n");
    md.append(
        "- Passage vectors: the passages of the first `vectorPool.poolArticles` articles are"
            + " embedded by the real model (the app's Embedder, bge-small-zh-v1.5), once, and cached;"
            + " every other passage gets the vector of a pool passage picked by its hash, moved by a"
            + " little noise (cosine ~0.99) and normalised, so the index holds as many distinct"
            + " vectors as passages, with the real model's distribution. Embedding all of them would"
            + " take hours (see the embedding cost below). The benchmark measures what semantic"
            + " retrieval costs, not its relevance (docs/search-relevance.md does that).\n");

    md.append("\n## Indexing\n\n");
    md.append("| Method | Documents | Seconds | Docs/s | Bulk size |\n|---|---|---|---|---|\n");
    List<IndexingResult> indexing = new ArrayList<>();
    indexing.add(r.rawBulk());
    if (r.rebuild() != null) {
      indexing.add(r.rebuild());
    }
    for (IndexingResult i : indexing) {
      row(
          md,
          i.method(),
          Long.toString(i.indexed()),
          fmt(i.seconds()),
          fmt(i.documentsPerSecond()),
          i.bulkSize() == 0 ? "(app's)" : Integer.toString(i.bulkSize()));
    }
    if (r.rebuild() != null) {
      md.append("\nRebuild / raw throughput: **").append(fmt(r.rebuildToRawRatio())).append("**. ");
    }
    md.append(r.documentsIdentical()).append(".\n");
    if (r.rebuild() != null && r.rebuild().detail() != null && !r.rebuild().detail().isBlank()) {
      md.append("\nRebuild as the app reported it: `")
          .append(r.rebuild().detail().replace("`", "'"))
          .append("`\n");
    }

    md.append(
        "\n## Search latency: API against the same requests sent straight to Elasticsearch\n\n");
    md.append(
        "The Elasticsearch target replays, per query, the very requests the app sent for it"
            + " (captured by a recording proxy between the app and Elasticsearch, the app warm,"
            + " then the app restarted straight against Elasticsearch for the measurements), one"
            + " after the other as the app sends them. Requests per search: ");
    Map<String, Integer> shapes = new TreeMap<>();
    r.capturedRequests().forEach(c -> shapes.merge(c.kinds(), 1, Integer::sum));
    md.append(
            String.join(
                "; ",
                shapes.entrySet().stream()
                    .map(e -> "`" + e.getKey() + "` for " + e.getValue() + " queries")
                    .toList()))
        .append(". ");
    Agreement.Result a = r.replay();
    md.append("Replayed, ")
        .append(a.sameHits())
        .append(" of ")
        .append(a.requests())
        .append(" requests answered the same hits in the same order as when the app sent them")
        .append(a.differences().isEmpty() ? "" : " (" + String.join("; ", a.differences()) + ")")
        .append(".\n\n");

    md.append("### Open loop (fixed arrival rate)\n\n");
    md.append(
        "| Offered /s | Target | Searches | Errors | p50 ms | p95 ms | p99 ms | max ms | Answered /s"
            + " | Max send lag ms |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (RateResult o : r.openLoop()) {
      row(
          md,
          fmt(o.ratePerSecond()),
          o.target(),
          Integer.toString(o.searches()),
          Integer.toString(o.errors()),
          fmt(o.p50Ms()),
          fmt(o.p95Ms()),
          fmt(o.p99Ms()),
          fmt(o.maxMs()),
          fmt(o.achievedPerSecond()),
          fmt(o.maxSendLagMs()));
    }
    for (RateResult o : r.openLoop()) {
      if (o.firstError() != null) {
        md.append("\nFirst error (")
            .append(o.target())
            .append(", ")
            .append(fmt(o.ratePerSecond()))
            .append("/s): `")
            .append(o.firstError().replace("`", "'"))
            .append("`\n");
      }
    }
    md.append(
        "\nEach search is due at a fixed time (start + i / rate) and sent then on a free or new"
            + " connection, whatever earlier searches are doing; its latency runs from when it was"
            + " due, so queueing in the server shows in the percentiles (no coordinated omission)."
            + " The send lag says how late the driver itself was.\n");

    md.append("\n### Closed loop (clients that wait for each answer)\n\n");
    md.append(
        "| Clients | Target | Searches | Errors | p50 ms | p95 ms | p99 ms | mean ms | max ms |"
            + " searches/s |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (LevelResult l : r.latency()) {
      row(
          md,
          Integer.toString(l.clients()),
          l.target(),
          Integer.toString(l.requests()),
          Integer.toString(l.errors()),
          fmt(l.p50Ms()),
          fmt(l.p95Ms()),
          fmt(l.p99Ms()),
          fmt(l.meanMs()),
          fmt(l.maxMs()),
          fmt(l.throughputPerSecond()));
    }
    md.append(
        "\n| Clients | API/ES p50 | API/ES p95 | API/ES p99 | API/ES throughput |\n"
            + "|---|---|---|---|---|\n");
    for (Ratio ratio : r.ratios()) {
      row(
          md,
          Integer.toString(ratio.clients()),
          fmt(ratio.p50()),
          fmt(ratio.p95()),
          fmt(ratio.p99()),
          fmt(ratio.throughput()));
    }
    for (LevelResult l : r.latency()) {
      if (l.firstError() != null) {
        md.append("\nFirst error (")
            .append(l.target())
            .append(", ")
            .append(l.clients())
            .append(" clients): `")
            .append(l.firstError().replace("`", "'"))
            .append("`\n");
      }
    }
    md.append(
        "\nWith closed-loop clients and no think time, latency is clients / throughput (Little's"
            + " law): they measure capacity, not the latency agents see at a given load.\n");

    md.append("\n### Where the time goes\n\n");
    md.append(
        "The API's time over Elasticsearch's (1 client above) is the app's own: HTTP Basic"
            + " authentication, the reader's scope, embedding the query (see the embedding cost"
            + " below), building the requests, passages and JSON. Elasticsearch's time, the captured"
            + " requests at 1 client, whole and without one part at a time:\n\n");
    md.append("| Requests | p50 ms | p95 ms | searches/s |\n|---|---|---|---|\n");
    for (RequestAnatomy.Part part : r.elasticsearchRequestAnatomy()) {
      row(
          md,
          part.variant(),
          fmt(part.p50Ms()),
          fmt(part.p95Ms()),
          fmt(part.throughputPerSecond()));
    }

    md.append("\n## Memory (resident set size, MiB)\n\n");
    md.append(
        "RSS (`VmRSS` of `/proc/<pid>/status`) of every process of the stack, sampled once a"
            + " second; mean / max per phase; `total` is the sum at each sample (its max). RSS"
            + " counts mapped index files Elasticsearch has read (`file` below), which the kernel"
            + " can drop under memory pressure; `anon` is heap, stacks and native memory.\n\n");
    Map<String, MemorySampler.Summary> phases = new LinkedHashMap<>();
    phases.put("idle after a short session", r.memoryIdle());
    if (r.memoryDuringRebuild() != null) {
      phases.put("during the rebuild", r.memoryDuringRebuild());
    }
    r.memoryUnderClosedLoad().forEach((c, m) -> phases.put("closed loop, " + c + " clients", m));
    r.memoryUnderOpenLoad().forEach((rate, m) -> phases.put("open loop, " + fmt(rate) + "/s", m));
    Set<String> roles = new LinkedHashSet<>();
    phases.values().forEach(m -> roles.addAll(m.processes().keySet()));
    md.append("| Phase | total max |");
    roles.forEach(role -> md.append(' ').append(role).append(" |"));
    md.append(" app heap used mean / max |\n|---|---|");
    roles.forEach(role -> md.append("---|"));
    md.append("---|\n");
    for (Map.Entry<String, MemorySampler.Summary> p : phases.entrySet()) {
      MemorySampler.Summary m = p.getValue();
      md.append("| ").append(p.getKey()).append(" | **").append(m.totalMaxMib()).append("** |");
      for (String role : roles) {
        MemorySampler.Rss rss = m.processes().get(role);
        md.append(' ')
            .append(
                rss == null
                    ? "-"
                    : rss.meanMib()
                        + " / "
                        + rss.maxMib()
                        + " (anon "
                        + rss.anonMaxMib()
                        + ", file "
                        + rss.fileMaxMib()
                        + ")")
            .append(" |");
      }
      md.append(' ')
          .append(m.appHeapUsedMeanMib())
          .append(" / ")
          .append(m.appHeapUsedMaxMib())
          .append(" |\n");
    }
    md.append(
        "\nThe settings behind these figures, and how to change them, are in"
            + " [operations.md](operations.md#memory).\n");

    md.append("\n## Embedding cost (semantic retrieval)\n\n");
    EmbeddingCost.Result e = r.embedding();
    if (e.error() != null) {
      md.append("Not measured: the model did not load (").append(e.error()).append(").\n");
    } else {
      md.append("- Model: ")
          .append(e.backend())
          .append(", loaded in ")
          .append(fmt(e.loadSeconds()))
          .append(" s, in the benchmark JVM with the app and Elasticsearch idle.\n");
      md.append("- Per query: p50 ")
          .append(fmt(e.queryP50Ms()))
          .append(" ms, p95 ")
          .append(fmt(e.queryP95Ms()))
          .append(" ms, mean ")
          .append(fmt(e.queryMeanMs()))
          .append(" ms (")
          .append(e.queries())
          .append(" embeddings).\n");
      md.append("- Per article (chunk + embed): mean ")
          .append(fmt(e.articleMeanMs()))
          .append(" ms, p95 ")
          .append(fmt(e.articleP95Ms()))
          .append(" ms; ")
          .append(fmt(e.chunksPerArticle()))
          .append(" chunks per article, ")
          .append(fmt(e.chunkMeanMs()))
          .append(" ms per chunk (sample of ")
          .append(e.articles())
          .append(" articles).\n");
      md.append("- Projected for the whole corpus, one thread: **")
          .append(fmt(e.projectedCorpusHours()))
          .append(" hours** of embedding, which is why the corpus uses pooled vectors.\n");
    }

    md.append("\n").append(METHOD);
    return md.toString();
  }

  private static void row(StringBuilder md, String... cells) {
    md.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  private static LevelResult level(List<LevelResult> all, String target, int clients) {
    return all.stream()
        .filter(l -> l.target().equals(target) && l.clients() == clients)
        .findFirst()
        .orElseThrow();
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
  }

  static final String METHOD =
      """
      ## How it is measured

      `scripts/benchmark.sh` builds everything with `mvn -Pbench package -DskipTests` (the
      `bench` profile adds the `bench/` module; the default build neither builds nor runs it),
      recreates the PostgreSQL database `kb_bench` (127.0.0.1:5432, user postgres), and runs
      `io.kbplatform.bench.BenchMain`, which:

      1. starts Elasticsearch 8.19.21 with our analysis plugin through the devtools module
         (`LocalElasticsearch`, as `mvn -Prun verify` does) on an empty data directory, and the app
         on Payara Micro with the run command's memory settings (`MemorySettings`: heaps and JVM
         options above, see operations.md) against `kb_bench`, semantic retrieval on; the app talks
         to Elasticsearch through a recording proxy in the benchmark JVM for now, migrates the
         empty database and creates its (empty) index;
      2. loads the corpus straight into the database (the source of truth) with JDBC batch inserts:
         groups, the agent `bench-agent` (groups tier1, tier2, vip-team), spaces with grants,
         categories, then each article as one published version with tags and restrictions;
      3. builds every article's document with the app's own `ArticleDocuments` (passages cut by the
         app's `Chunker`, vectors from the pool, see Corpus) and sends them with `_bulk`, one request
         at a time, into the app's live index (refresh off, one refresh at the end, included);
      4. once the app's model has loaded, sends every query of the mix through the API twice and
         keeps the Elasticsearch requests (method, path, content type, body) the app sent for the
         second, then restarts the app straight against Elasticsearch, and sends every query twice
         more (a short session) before sampling memory at idle;
      5. with `BENCH_REBUILD=1`, starts the app's full rebuild (`POST
         /api/admin/search-index/rebuilds`, polled until it reports completion), times it and
         compares a sample of documents before and after; it is off by default because the app's
         rebuild, as of this writing, embeds every passage again instead of reusing the vectors
         already in the index (seen in a thread dump: `RebuildRun` → `ChunkVectors.chunksOf`),
         which at 100,000 articles takes hours;
      6. replays the captured requests once and checks they answer the same hits as they did for
         the app; then, for each offered rate, runs Elasticsearch and then the API open loop (a
         warm-up at the same rate, then the measured seconds), and for 1, 10 and 50 closed-loop
         clients runs both targets in alternating rounds; the API is `GET /api/search` as the agent
         (HTTP Basic); latency is taken with java.net.http (HTTP/1.1, kept-alive connections),
         percentiles by nearest rank over the sorted samples;
      7. replays the captured requests at one client without one part at a time (where the time
         goes), then loads the embedding model in its own JVM and times query embeddings and chunk +
         embed of a sample of articles;
      8. samples the RSS of every process of the stack and the app's heap once a second at idle,
         during the rebuild and under load; writes this file and `benchmarks/results.json` (which
         also holds every captured request), then stops the app and Elasticsearch (by pid; the script
         also kills them by pid if the benchmark JVM dies).

      Settings (environment variables): `BENCH_ARTICLES` (100000), `BENCH_RATES` (25,50,100,150
      searches/s offered), `BENCH_OPEN_SECONDS` (60 per rate and target), `BENCH_OPEN_WARMUP_SECONDS`
      (10), `BENCH_LEVELS` (1,10,50 closed-loop clients), `BENCH_REQUESTS` (3000 measured per
      target and level), `BENCH_WARMUP` (300), `BENCH_VECTOR_POOL` (1000 articles embedded for
      real), `BENCH_REBUILD` (0), `BENCH_REBUILD_MINUTES` (60), `BENCH_BULK_SIZE` (500),
      `BENCH_ES_HEAP` and `BENCH_APP_HEAP` (the run command's defaults), `BENCH_APP_JAVA_OPTS`
      (added after the defaults), `BENCH_EMBED_SAMPLE` (200), `BENCH_SEED`, `BENCH_ES_PORT`
      (19200), `BENCH_APP_PORT` (18080), `BENCH_DB_URL`. A quick trial: `BENCH_ARTICLES=5000
      BENCH_REQUESTS=300 BENCH_WARMUP=50 BENCH_OPEN_SECONDS=20 BENCH_LEVELS=1,10 scripts/benchmark.sh`.

      Caveats: the load driver runs on the same two cores as everything it measures, so absolute
      numbers are pessimistic for a real deployment; the ratios come from one run, with both
      targets measured in the same conditions. The replay sends a search's requests one after the
      other, as the app does.
      """;
}
