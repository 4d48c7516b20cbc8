package io.kbplatform.bench.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenLoopDriverTest {

  private HttpServer server;

  /** A server that answers one request at a time, each after 20 ms: at most 50 per second. */
  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.createContext(
        "/",
        exchange -> {
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void belowCapacityLatencyIsTheServiceTime() throws Exception {
    OpenLoopDriver.RateResult r = new OpenLoopDriver().run(target(), 20, 0.5, 2);

    assertEquals(40, r.searches());
    assertEquals(0, r.errors());
    assertTrue(r.p50Ms() >= 20 && r.p50Ms() < 60, "p50 " + r.p50Ms());
  }

  @Test
  void aboveCapacityTheQueueShowsInTheLatencyFromTheDueTime() throws Exception {
    OpenLoopDriver.RateResult r = new OpenLoopDriver().run(target(), 100, 0, 2);

    // 200 searches offered in 2 s, served at <= 50/s: the last wait about 2 s more than they
    // would at a free server. A closed-loop client would have measured ~20 ms each.
    assertEquals(200, r.searches());
    assertTrue(r.p99Ms() > 1500, "p99 " + r.p99Ms());
    assertTrue(r.achievedPerSecond() < 60, "answered " + r.achievedPerSecond());
  }

  private Target target() {
    HttpRequest get =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x"))
            .GET()
            .build();
    return new Target("test", List.of(List.of(get)));
  }
}
