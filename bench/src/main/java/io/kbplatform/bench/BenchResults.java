package io.kbplatform.bench;

import io.kbplatform.bench.capture.CapturedSearch;
import io.kbplatform.bench.driver.Agreement;
import io.kbplatform.bench.driver.LoadDriver.LevelResult;
import io.kbplatform.bench.driver.OpenLoopDriver.RateResult;
import io.kbplatform.bench.driver.RequestAnatomy;
import io.kbplatform.bench.embedding.EmbeddingCost;
import io.kbplatform.bench.indexing.IndexingResult;
import io.kbplatform.bench.runtime.MemorySampler;
import java.util.List;
import java.util.Map;

/** Everything one run measured; written as docs/benchmarks/results.json. */
record BenchResults(
    String date,
    String command,
    Map<String, Object> machine,
    Map<String, Object> settings,
    Map<String, Object> corpus,
    List<CapturedSearch> capturedRequests,
    IndexingResult rebuild,
    IndexingResult rawBulk,
    double rebuildToRawRatio,
    String documentsIdentical,
    Agreement.Result replay,
    List<LevelResult> latency,
    List<Ratio> ratios,
    List<RateResult> openLoop,
    MemorySampler.Summary memoryIdle,
    MemorySampler.Summary memoryDuringRebuild,
    Map<Integer, MemorySampler.Summary> memoryUnderClosedLoad,
    Map<Double, MemorySampler.Summary> memoryUnderOpenLoad,
    List<RequestAnatomy.Part> elasticsearchRequestAnatomy,
    EmbeddingCost.Result embedding,
    List<Target> targets,
    double totalMinutes) {

  /** API against Elasticsearch at one concurrency. */
  record Ratio(int clients, double p50, double p95, double p99, double throughput) {}

  /** A goal of the issue and whether this run met it. */
  record Target(String goal, String measured, boolean met) {}
}
