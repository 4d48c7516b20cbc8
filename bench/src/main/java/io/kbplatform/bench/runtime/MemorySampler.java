package io.kbplatform.bench.runtime;

import java.util.LongSummaryStatistics;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the app's heap and RSS and Elasticsearch's RSS once a second while a phase runs. */
public final class MemorySampler implements AutoCloseable {

  /** Mean and peak of each series, in MiB; zero where nothing could be read. */
  public record Summary(
      int samples,
      long appHeapUsedMeanMib,
      long appHeapUsedMaxMib,
      long appRssMeanMib,
      long appRssMaxMib,
      long esRssMeanMib,
      long esRssMaxMib) {}

  private final MemoryProbe probe;
  private final long appPid;
  private final OptionalLong esPid;
  private final LongSummaryStatistics heap = new LongSummaryStatistics();
  private final LongSummaryStatistics appRss = new LongSummaryStatistics();
  private final LongSummaryStatistics esRss = new LongSummaryStatistics();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "memory-sampler");
            t.setDaemon(true);
            return t;
          });

  public MemorySampler(MemoryProbe probe, long appPid, OptionalLong esPid) {
    this.probe = probe;
    this.appPid = appPid;
    this.esPid = esPid;
    timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  private volatile boolean paused;

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
    MemoryProbe.rss(appPid).ifPresent(appRss::accept);
    esPid.ifPresent(pid -> MemoryProbe.rss(pid).ifPresent(esRss::accept));
  }

  public synchronized Summary summary() {
    return new Summary(
        (int) appRss.getCount(),
        mib(heap.getCount() == 0 ? 0 : (long) heap.getAverage()),
        mib(heap.getCount() == 0 ? 0 : heap.getMax()),
        mib(appRss.getCount() == 0 ? 0 : (long) appRss.getAverage()),
        mib(appRss.getCount() == 0 ? 0 : appRss.getMax()),
        mib(esRss.getCount() == 0 ? 0 : (long) esRss.getAverage()),
        mib(esRss.getCount() == 0 ? 0 : esRss.getMax()));
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  private static long mib(long bytes) {
    return bytes / (1024 * 1024);
  }
}
