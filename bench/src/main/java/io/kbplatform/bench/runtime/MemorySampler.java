package io.kbplatform.bench.runtime;

import io.kbplatform.devtools.ProcessMemory;
import io.kbplatform.devtools.StackMemory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples, once a second while a phase runs, the resident memory ({@code /proc/<pid>/status}) of
 * every process of the stack (Elasticsearch and its launcher, the app and its children such as text
 * extraction workers) and the app's used heap.
 */
public final class MemorySampler implements AutoCloseable {

  /** One process's resident memory over the phase, in MiB. */
  public record Rss(long meanMib, long maxMib, long anonMaxMib, long fileMaxMib) {}

  /** Mean and peak of each series, in MiB; the total is the sum of all processes at each sample. */
  public record Summary(
      int samples,
      long appHeapUsedMeanMib,
      long appHeapUsedMaxMib,
      Map<String, Rss> processes,
      long totalMeanMib,
      long totalMaxMib) {}

  private final MemoryProbe probe;
  private final Map<String, Long> pids;
  private final LongSummaryStatistics heap = new LongSummaryStatistics();
  private final LongSummaryStatistics total = new LongSummaryStatistics();
  private final Map<String, LongSummaryStatistics> rss = new LinkedHashMap<>();
  private final Map<String, Long> anonMax = new LinkedHashMap<>();
  private final Map<String, Long> fileMax = new LinkedHashMap<>();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "memory-sampler");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean paused;

  /** Samples the named processes (role to pid) and their descendants. */
  public MemorySampler(MemoryProbe probe, Map<String, Long> pids) {
    this.probe = probe;
    this.pids = Map.copyOf(pids);
    timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  /** Stops sampling until {@link #resume()} (between the rounds that are to be measured). */
  public void pause() {
    paused = true;
  }

  public void resume() {
    paused = false;
  }

  /** One sample now, unless paused. */
  public synchronized void sample() {
    if (paused) {
      return;
    }
    probe.appHeapUsed().ifPresent(heap::accept);
    List<StackMemory.Entry> entries = StackMemory.entries(new LinkedHashMap<>(pids));
    long sum = 0;
    Map<String, Long> byRole = new LinkedHashMap<>();
    for (StackMemory.Entry e : entries) {
      ProcessMemory m = e.memory();
      byRole.merge(e.role(), m.rssKib() * 1024, Long::sum);
      anonMax.merge(e.role(), m.anonKib() * 1024, Math::max);
      fileMax.merge(e.role(), m.fileKib() * 1024, Math::max);
      sum += m.rssKib() * 1024;
    }
    byRole.forEach(
        (role, bytes) -> rss.computeIfAbsent(role, r -> new LongSummaryStatistics()).accept(bytes));
    if (!entries.isEmpty()) {
      total.accept(sum);
    }
  }

  public synchronized Summary summary() {
    Map<String, Rss> processes = new LinkedHashMap<>();
    rss.forEach(
        (role, s) ->
            processes.put(
                role,
                new Rss(
                    mib((long) s.getAverage()),
                    mib(s.getMax()),
                    mib(anonMax.getOrDefault(role, 0L)),
                    mib(fileMax.getOrDefault(role, 0L)))));
    return new Summary(
        (int) total.getCount(),
        mib(heap.getCount() == 0 ? 0 : (long) heap.getAverage()),
        mib(heap.getCount() == 0 ? 0 : heap.getMax()),
        processes,
        mib(total.getCount() == 0 ? 0 : (long) total.getAverage()),
        mib(total.getCount() == 0 ? 0 : total.getMax()));
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private static long mib(long bytes) {
    return bytes / (1024 * 1024);
  }
}
