package io.kbplatform.bench.driver;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
    return round(target, clients, requests).result(target.name(), clients);
  }

  /**
   * Both targets at one concurrency, in alternating rounds (a, b, a, b, ...) after a warm-up of
   * each, so that a change in background load hits both alike; {@code during[0]} runs before and
   * {@code during[1]} after each round of {@code b}. Returns the results of a and b over all their
   * rounds.
   */
  public List<LevelResult> paired(
      Target a, Target b, int clients, int warmup, int requests, int rounds, Runnable[] during)
      throws InterruptedException {
    round(a, clients, warmup);
    round(b, clients, warmup);
    Samples sa = Samples.EMPTY;
    Samples sb = Samples.EMPTY;
    int per = Math.max(1, requests / rounds);
    for (int r = 0; r < rounds; r++) {
      sa = sa.plus(round(a, clients, per));
      during[0].run();
      sb = sb.plus(round(b, clients, per));
      during[1].run();
    }
    return List.of(sa.result(a.name(), clients), sb.result(b.name(), clients));
  }

  /** Raw samples of one or more rounds. */
  record Samples(long[] ok, int requests, int errors, double seconds, String firstError) {
    static final Samples EMPTY = new Samples(new long[0], 0, 0, 0, null);

    Samples plus(Samples other) {
      long[] all = Arrays.copyOf(ok, ok.length + other.ok.length);
      System.arraycopy(other.ok, 0, all, ok.length, other.ok.length);
      return new Samples(
          all,
          requests + other.requests,
          errors + other.errors,
          seconds + other.seconds,
          firstError != null ? firstError : other.firstError);
    }

    LevelResult result(String target, int clients) {
      Percentiles p = new Percentiles(ok);
      return new LevelResult(
          target,
          clients,
          requests,
          errors,
          ms(p.at(50)),
          ms(p.at(95)),
          ms(p.at(99)),
          Math.round(p.mean() / 1e4) / 100.0,
          ms(p.max()),
          Math.round(requests / seconds * 100) / 100.0,
          Math.round(seconds * 100) / 100.0,
          firstError);
    }
  }

  private Samples round(Target target, int clients, int requests) throws InterruptedException {
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
                    List<java.net.http.HttpRequest> steps =
                        target.searches().get(ticket % target.searches().size());
                    long sent = System.nanoTime();
                    String error;
                    try {
                      error = sendAll(steps);
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
    return new Samples(ok, requests, errors.get(), seconds, firstError[0]);
  }

  /** Sends the requests of one search one after the other; the first error, or null. */
  private String sendAll(List<java.net.http.HttpRequest> steps)
      throws IOException, InterruptedException {
    for (java.net.http.HttpRequest request : steps) {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      String error = error(response);
      if (error != null) {
        return error;
      }
    }
    return null;
  }

  /** A description of a failed answer, or null if it is a success. */
  static String error(HttpResponse<byte[]> response) {
    if (response.statusCode() == 200) {
      return null;
    }
    byte[] body = response.body();
    return "HTTP "
        + response.statusCode()
        + ": "
        + new String(body, java.nio.charset.StandardCharsets.UTF_8)
            .substring(
                0,
                Math.min(200, new String(body, java.nio.charset.StandardCharsets.UTF_8).length()));
  }

  static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }
}
