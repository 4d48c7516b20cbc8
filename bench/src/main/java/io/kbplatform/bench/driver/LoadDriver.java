package io.kbplatform.bench.driver;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop clients: each sends a request, reads the whole answer, then sends the next, walking
 * the query mix in one shared order. A warm-up round is run and discarded first. Latency is
 * measured end to end around {@link HttpClient#send}.
 */
public final class LoadDriver {

  /** What one level measured (milliseconds unless said otherwise). */
  public record LevelResult(
      String target,
      int clients,
      int requests,
      int errors,
      double p50Ms,
      double p95Ms,
      double p99Ms,
      double meanMs,
      double maxMs,
      double throughputPerSecond,
      double seconds,
      String firstError) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Warm-up of {@code warmup} requests, then {@code requests} measured ones. */
  public LevelResult run(Target target, int clients, int warmup, int requests)
      throws InterruptedException {
    round(target, clients, warmup);
    return round(target, clients, requests);
  }

  private LevelResult round(Target target, int clients, int requests) throws InterruptedException {
    long[] latencies = new long[requests];
    boolean[] failed = new boolean[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong firstErrorAt = new AtomicLong(-1);
    String[] firstError = new String[1];
    CountDownLatch done = new CountDownLatch(clients);
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  int ticket;
                  while ((ticket = next.getAndIncrement()) < requests) {
                    var request = target.requests().get(ticket % target.requests().size());
                    long sent = System.nanoTime();
                    String error = null;
                    try {
                      HttpResponse<byte[]> response =
                          client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                      if (response.statusCode() != 200) {
                        error =
                            "HTTP "
                                + response.statusCode()
                                + ": "
                                + new String(response.body())
                                    .substring(0, Math.min(200, response.body().length));
                      }
                    } catch (IOException e) {
                      error = e.toString();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    latencies[ticket] = System.nanoTime() - sent;
                    if (error != null) {
                      failed[ticket] = true;
                      errors.incrementAndGet();
                      if (firstErrorAt.compareAndSet(-1, ticket)) {
                        firstError[0] = error;
                      }
                    }
                  }
                } finally {
                  done.countDown();
                }
              },
              target.name() + "-client-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] ok = new long[requests - errors.get()];
    int k = 0;
    for (int i = 0; i < requests; i++) {
      if (!failed[i]) {
        ok[k++] = latencies[i];
      }
    }
    Percentiles p = new Percentiles(ok);
    return new LevelResult(
        target.name(),
        clients,
        requests,
        errors.get(),
        ms(p.at(50)),
        ms(p.at(95)),
        ms(p.at(99)),
        p.mean() / 1e6,
        ms(p.max()),
        requests / seconds,
        seconds,
        firstError[0]);
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }
}
