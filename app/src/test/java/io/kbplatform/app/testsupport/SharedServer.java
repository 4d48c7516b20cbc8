package io.kbplatform.app.testsupport;

import io.kbplatform.devtools.PayaraMicro;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one Payara Micro server of an integration-test run, serving the WAR the build produced
 * ({@code kb.app.war}) with the options the in-container tests' Arquillian container uses
 * (arquillian.xml): no clustering, the app's pre-boot commands, {@code -Xmx768m}, its temporary
 * files under {@code target/}, a free HTTP port. It inherits the test JVM's environment (KB_ES_URL,
 * KB_DATA_DIR, ... from failsafe) and is ready once {@code /health/ready} answers 200. Its output
 * goes to {@code target/shared-payara.log}.
 *
 * <p>It opens the embedded database file, so it starts lazily, after the classes with a deployment
 * of their own ({@link SharedServerLast}); the test run's root store stops it when the run ends,
 * and its watchdog kills it if the test JVM dies first.
 */
final class SharedServer implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofMinutes(5);

  private final PayaraMicro server;
  private final RuntimeException failure;

  private SharedServer(PayaraMicro server, RuntimeException failure) {
    this.server = server;
    this.failure = failure;
  }

  /** Starts the server and waits for it; a failure is kept, so that later classes fail at once. */
  static SharedServer boot() {
    Path tmp = Path.of(required("kb.test.tmpdir"));
    PayaraMicro server =
        PayaraMicro.builder()
            .jar(Path.of(required("payara.microJar")))
            .war(Path.of(required("kb.app.war")))
            .prebootCommands(Path.of(required("kb.test.prebootcommands")))
            .httpPort(PayaraMicro.freePort())
            .jvmOption("-Xmx768m")
            .jvmOption("-Djava.io.tmpdir=" + tmp)
            .log(tmp.resolve("shared-payara.log"))
            .build();
    try {
      TestNode.ready(); // the app is only ready once Elasticsearch answers
      server.start();
      server.awaitReady(READY_WITHIN);
      return new SharedServer(server, null);
    } catch (Exception e) {
      server.stop();
      return new SharedServer(
          null, new IllegalStateException("The shared Payara Micro server did not start", e));
    }
  }

  /** This server, if it runs; otherwise fails the calling test class with the reason. */
  SharedServer running() {
    if (failure != null) {
      throw failure;
    }
    if (!server.isAlive()) {
      throw new IllegalStateException(
          "The shared Payara Micro server exited with code "
              + server.exitCode().orElse(-1)
              + ": see target/shared-payara.log");
    }
    return this;
  }

  URI base() {
    return server.url();
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          property + " is not set: run the integration tests with Maven");
    }
    return value;
  }
}
