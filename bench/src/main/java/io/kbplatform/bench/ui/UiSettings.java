package io.kbplatform.bench.ui;

import java.util.Map;

/**
 * The UI benchmark's own settings (BENCH_UI_*); ports, heaps and the database come from the main
 * benchmark's settings.
 *
 * @param articles articles loaded and indexed (BENCH_UI_ARTICLES, 10000)
 * @param loads page loads of the search screen, each cold and warm (BENCH_UI_LOADS, 10)
 * @param queries queries typed key by key (BENCH_UI_QUERIES, 50)
 * @param minGapMillis shortest pause between two keys (BENCH_UI_MIN_GAP_MS, 80)
 * @param maxGapMillis longest pause between two keys (BENCH_UI_MAX_GAP_MS, 150)
 * @param route the search screen (BENCH_UI_ROUTE, {@code /#/})
 * @param input the search box (BENCH_UI_INPUT, CSS)
 * @param results the result list that carries {@code data-query} once it shows that query's results
 *     (BENCH_UI_RESULTS, CSS)
 * @param language the browser's UI language (BENCH_UI_LANG, zh-CN)
 * @param semantic whether the app runs semantic retrieval (BENCH_UI_SEMANTIC, true: as the API
 *     benchmark, with the corpus indexed with pooled vectors first so that the rebuild reuses them)
 */
public record UiSettings(
    int articles,
    int loads,
    int queries,
    int minGapMillis,
    int maxGapMillis,
    String route,
    String input,
    String results,
    String language,
    boolean semantic) {

  public static UiSettings from(Map<String, String> env) {
    return new UiSettings(
        Integer.parseInt(env.getOrDefault("BENCH_UI_ARTICLES", "10000")),
        Integer.parseInt(env.getOrDefault("BENCH_UI_LOADS", "10")),
        Integer.parseInt(env.getOrDefault("BENCH_UI_QUERIES", "50")),
        Integer.parseInt(env.getOrDefault("BENCH_UI_MIN_GAP_MS", "80")),
        Integer.parseInt(env.getOrDefault("BENCH_UI_MAX_GAP_MS", "150")),
        env.getOrDefault("BENCH_UI_ROUTE", "/#/"),
        env.getOrDefault("BENCH_UI_INPUT", "[data-test=\"search-input\"]"),
        env.getOrDefault("BENCH_UI_RESULTS", "[data-test=\"results\"]"),
        env.getOrDefault("BENCH_UI_LANG", "zh-CN"),
        Boolean.parseBoolean(env.getOrDefault("BENCH_UI_SEMANTIC", "true")));
  }
}
