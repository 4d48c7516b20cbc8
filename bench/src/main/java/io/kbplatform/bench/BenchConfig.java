package io.kbplatform.bench;

import io.kbplatform.devtools.MemorySettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Benchmark settings from environment variables (BENCH_*), with the documented defaults. */
public record BenchConfig(
    int articles,
    long seed,
    List<Integer> levels,
    int warmup,
    int requests,
    List<Double> rates,
    int openSeconds,
    int openWarmupSeconds,
    int limit,
    int bulkSize,
    int vectorPool,
    boolean rebuild,
    int rebuildMinutes,
    int embedSample,
    String esHeap,
    String appHeap,
    String appJavaOptions,
    int esPort,
    int appPort,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path root,
    Path work,
    Path docs,
    String command) {

  public static BenchConfig from(Map<String, String> env, Path root) {
    return new BenchConfig(
        Integer.parseInt(env.getOrDefault("BENCH_ARTICLES", "100000")),
        Long.parseLong(env.getOrDefault("BENCH_SEED", "20261122")),
        Arrays.stream(env.getOrDefault("BENCH_LEVELS", "1,10,50").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList(),
        Integer.parseInt(env.getOrDefault("BENCH_WARMUP", "300")),
        Integer.parseInt(env.getOrDefault("BENCH_REQUESTS", "3000")),
        Arrays.stream(env.getOrDefault("BENCH_RATES", "25,50,100,150").split(","))
            .map(String::strip)
            .map(Double::parseDouble)
            .toList(),
        Integer.parseInt(env.getOrDefault("BENCH_OPEN_SECONDS", "60")),
        Integer.parseInt(env.getOrDefault("BENCH_OPEN_WARMUP_SECONDS", "10")),
        Integer.parseInt(env.getOrDefault("BENCH_LIMIT", "10")),
        Integer.parseInt(env.getOrDefault("BENCH_BULK_SIZE", "500")),
        Integer.parseInt(env.getOrDefault("BENCH_VECTOR_POOL", "1000")),
        env.getOrDefault("BENCH_REBUILD", "0").equals("1"),
        Integer.parseInt(env.getOrDefault("BENCH_REBUILD_MINUTES", "60")),
        Integer.parseInt(env.getOrDefault("BENCH_EMBED_SAMPLE", "200")),
        env.getOrDefault("BENCH_ES_HEAP", MemorySettings.defaultHeap()),
        env.getOrDefault("BENCH_APP_HEAP", MemorySettings.defaultHeap()),
        env.getOrDefault("BENCH_APP_JAVA_OPTS", ""),
        Integer.parseInt(env.getOrDefault("BENCH_ES_PORT", "19200")),
        Integer.parseInt(env.getOrDefault("BENCH_APP_PORT", "18080")),
        env.getOrDefault("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/kb_bench"),
        env.getOrDefault("BENCH_DB_USER", "postgres"),
        env.getOrDefault("BENCH_DB_PASSWORD", ""),
        root,
        root.resolve("bench/target/bench-run"),
        Path.of(env.getOrDefault("BENCH_DOCS", root.resolve("docs").toString())),
        env.getOrDefault("BENCH_COMMAND", "scripts/benchmark.sh"));
  }
}
