package io.kbplatform.bench.driver;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: searches start at a fixed arrival rate whatever the answers do (search {@code i}
 * is due at {@code start + i / rate}), on as many connections as needed, and each latency is taken
 * from the time the search was <em>due</em>, not from when it could be sent. A server that falls
 * behind therefore shows its queueing in the percentiles (no coordinated omission), unlike
 * closed-loop clients, which wait for the answer before asking again. A search whose answer has not
 * come within the timeout counts as an error.
 */
public final class OpenLoopDriver {

  /** What one rate measured (milliseconds unless said otherwise). */
  public record RateResult(
      String target,
      double ratePerSecond,
      int searches,
      int errors,
      double p50Ms,
      double p95Ms,
      double p99Ms,
      double maxMs,
      double achievedPerSecond,
      double maxSendLagMs,
      String firstError) {}

  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          4,
          r -> {
            Thread t = new Thread(r, "open-loop-http");
            t.setDaemon(true);
            return t;
          });
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(executor)
          .build();

  /** A warm-up of {@code warmupSeconds} at the same rate, then {@code seconds} measured. */
  public RateResult run(Target target, double rate, double warmupSeconds, double seconds)
      throws InterruptedException {
    round(target, rate, (int) Math.round(rate * warmupSeconds), 0);
    int offset = (int) Math.round(rate * warmupSeconds);
    return round(target, rate, (int) Math.round(rate * seconds), offset);
  }

  private RateResult round(Target target, double rate, int searches, int offset)
      throws InterruptedException {
    long[] latencies = new long[searches];
    boolean[] failed = new boolean[searches];
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    CompletableFuture<?>[] all = new CompletableFuture<?>[searches];
    long intervalNanos = (long) (1e9 / rate);
    long maxLag = 0;
    long start = System.nanoTime() + 10_000_000L;
    for (int i = 0; i < searches; i++) {
      long due = start + i * intervalNanos;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      maxLag = Math.max(maxLag, System.nanoTime() - due);
      List<HttpRequest> steps = target.searches().get((offset + i) % target.searches().size());
      int index = i;
      all[i] =
          send(steps, 0)
              .handle(
                  (error, thrown) -> {
                    latencies[index] = System.nanoTime() - due;
                    String problem = thrown != null ? thrown.toString() : error;
                    if (problem != null) {
                      failed[index] = true;
                      errors.incrementAndGet();
                      firstError.compareAndSet(null, problem);
                    }
                    return null;
                  });
    }
    try {
      CompletableFuture.allOf(all).get(Target.TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      firstError.compareAndSet(null, e.toString());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int ok = 0;
    long[] good = new long[searches - errors.get()];
    for (int i = 0; i < searches && ok < good.length; i++) {
      if (!failed[i] && all[i].isDone()) {
        good[ok++] = latencies[i];
      }
    }
    Percentiles p = new Percentiles(java.util.Arrays.copyOf(good, ok));
    return new RateResult(
        target.name(),
        rate,
        searches,
        searches - ok,
        LoadDriver.ms(p.at(50)),
        LoadDriver.ms(p.at(95)),
        LoadDriver.ms(p.at(99)),
        LoadDriver.ms(p.max()),
        Math.round(ok / seconds * 100) / 100.0,
        LoadDriver.ms(maxLag),
        firstError.get());
  }

  /** Sends the requests of one search one after the other; completes with an error or null. */
  private CompletableFuture<String> send(List<HttpRequest> steps, int step) {
    if (step == steps.size()) {
      return CompletableFuture.completedFuture(null);
    }
    return client
        .sendAsync(steps.get(step), HttpResponse.BodyHandlers.ofByteArray())
        .thenCompose(
            response -> {
              String error = LoadDriver.error(response);
              return error != null
                  ? CompletableFuture.completedFuture(error)
                  : send(steps, step + 1);
            });
  }
}
