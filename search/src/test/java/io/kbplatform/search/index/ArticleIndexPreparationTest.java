package io.kbplatform.search.index;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kbplatform.search.cluster.SearchCluster;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A cluster that does not answer must not make every caller of the index wait with it. */
class ArticleIndexPreparationTest {

  @Test
  void whileOneCallerIsStuckPreparingTheOthersGiveUpSoon() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    HttpServer silent =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    silent.createContext(
        "/",
        exchange -> {
          try {
            release.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.close();
        });
    silent.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    silent.start();
    SearchCluster cluster = new SearchCluster("http://127.0.0.1:" + silent.getAddress().getPort());
    ArticleIndex index = new ArticleIndex(cluster, "kb-test", created -> {});
    try {
      CompletableFuture<Void> stuck =
          CompletableFuture.runAsync(
              () -> {
                try {
                  index.ensureExists();
                } catch (IOException expected) {
                  // the silent cluster times out eventually
                }
              });
      Thread.sleep(300);

      long start = System.nanoTime();
      IOException waited = assertThrows(IOException.class, index::ensureExists);
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertTrue(waited.getMessage().contains("still being prepared"), waited.getMessage());
      assertTrue(took.compareTo(Duration.ofSeconds(8)) < 0, "waited " + took);
      release.countDown();
      stuck.get(30, TimeUnit.SECONDS);
    } finally {
      release.countDown();
      cluster.close();
      silent.stop(0);
    }
  }
}
