package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayaraMicroTest {

  @TempDir Path dir;

  @Test
  void theServersJvmOptionsComeBeforeTheJarAndThePrebootCommandsLast() {
    PayaraMicro server =
        PayaraMicro.builder()
            .javaHome(Path.of("/j"))
            .jar(Path.of("/r/payara-micro.jar"))
            .war(Path.of("/r/kb.war"))
            .httpPort(8123)
            .jvmOption("-Xmx768m")
            .prebootCommands(Path.of("/r/pre-boot.asadmin"))
            .build();

    assertEquals(
        List.of(
            "/j/bin/java",
            "-Xmx768m",
            "-jar",
            "/r/payara-micro.jar",
            "--deploy",
            "/r/kb.war",
            "--contextroot",
            "/",
            "--port",
            "8123",
            "--nocluster",
            "--prebootcommandfile",
            "/r/pre-boot.asadmin"),
        server.command());
    assertEquals("http://127.0.0.1:8123/", server.url().toString());
  }

  @Test
  void aServerThatExitsWhileStartingFailsTheWaitWithTheEndOfItsLog() throws Exception {
    Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"cannot deploy: $KB_MARK\"\nexit 3\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    PayaraMicro server =
        PayaraMicro.builder()
            .javaHome(dir.resolve("jdk"))
            .jar(dir.resolve("payara-micro.jar"))
            .war(dir.resolve("kb.war"))
            .httpPort(PayaraMicro.freePort())
            .environment("KB_MARK", "the-marker")
            .log(dir.resolve("logs/payara.log"))
            .build();

    server.start();
    LocalNodeException failure =
        assertThrows(LocalNodeException.class, () -> server.awaitReady(Duration.ofSeconds(30)));

    assertTrue(failure.getMessage().contains("exited with code 3"), failure.getMessage());
    assertTrue(failure.getMessage().contains("cannot deploy: the-marker"), failure.getMessage());
    assertFalse(server.isAlive());
    server.stop(); // idempotent
  }
}
