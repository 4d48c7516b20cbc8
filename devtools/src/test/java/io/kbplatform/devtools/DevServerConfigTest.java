package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerConfigTest {

  @TempDir Path dir;
  private Path es;
  private Path plugin;
  private Path payara;
  private Path war;

  @BeforeEach
  void files() throws Exception {
    es = Files.writeString(dir.resolve("elasticsearch.zip"), "x");
    plugin = Files.writeString(dir.resolve("kb-analysis.zip"), "x");
    payara = Files.writeString(dir.resolve("payara-micro.jar"), "x");
    war = Files.writeString(dir.resolve("app.war"), "x");
  }

  @Test
  void usesDefaultsForDataDirAndPorts() {
    DevServerConfig config = parse(required(), Map.of(), new Properties());

    assertEquals(Path.of("data").toAbsolutePath().normalize(), config.dataDir());
    assertEquals(config.dataDir().resolve("elasticsearch"), config.esWorkDir());
    assertEquals(9200, config.esPort());
    assertEquals(8080, config.httpPort());
    assertEquals(MemorySettings.defaultHeap(), config.esHeap());
    assertEquals(MemorySettings.defaultHeap(), config.appHeap());
    assertNull(config.esUrl());
    assertEquals(es, config.esDistribution());
    assertEquals(List.of(), config.plugins());
  }

  @Test
  void argumentsWinOverPropertiesWhichWinOverEnvironment() {
    Properties properties = new Properties();
    properties.setProperty("kb.http.port", "8082");
    properties.setProperty("kb.es.port", "9201");
    Map<String, String> env =
        Map.of("KB_HTTP_PORT", "8081", "KB_ES_PORT", "9202", "KB_DATA_DIR", dir + "/d/../kb");
    List<String> args = new java.util.ArrayList<>(required());
    args.add("--http-port=8083");

    DevServerConfig config = parse(args, env, properties);

    assertEquals(8083, config.httpPort());
    assertEquals(9201, config.esPort());
    assertEquals(dir.resolve("kb"), config.dataDir());
  }

  @Test
  void anExternalElasticsearchNeedsNoDistribution() {
    DevServerConfig config =
        parse(
            List.of("--payara", payara.toString(), "--war", war.toString()),
            Map.of("KB_ES_URL", "http://es.example:9200/"),
            new Properties());

    assertEquals("http://es.example:9200", config.esUrl());
    assertNull(config.esDistribution());
  }

  @Test
  void pluginsMayRepeatOrBeCommaSeparated() throws Exception {
    Path other = Files.writeString(dir.resolve("other.zip"), "x");
    List<String> args = new java.util.ArrayList<>(required());
    args.addAll(List.of("--plugin=" + plugin + "," + other, "--plugin", plugin.toString()));

    assertEquals(List.of(plugin, other, plugin), parse(args, Map.of(), new Properties()).plugins());
  }

  @Test
  void reportsMissingOrInvalidSettingsClearly() {
    IllegalArgumentException missingWar =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                parse(
                    List.of("--es-distribution=" + es, "--payara=" + payara),
                    Map.of(),
                    new Properties()));
    assertTrue(missingWar.getMessage().startsWith("Missing --war"), missingWar.getMessage());

    List<String> args = new java.util.ArrayList<>(required());
    args.add("--es-port=http");
    assertThrows(IllegalArgumentException.class, () -> parse(args, Map.of(), new Properties()));
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(List.of("--bogus=1"), Map.of(), new Properties()));
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(List.of("--war=" + dir.resolve("missing.war")), Map.of(), new Properties()));
  }

  @Test
  void buildsThePayaraCommandAndEnvironment() {
    DevServerConfig config =
        parse(
            required(),
            Map.of(
                "KB_HTTP_PORT",
                "8090",
                "KB_DATA_DIR",
                dir.toString(),
                "KB_APP_HEAP",
                "384m",
                "KB_APP_JAVA_OPTS",
                "-XX:+UseG1GC  -Dx=1"),
            new Properties());

    List<String> expected = new java.util.ArrayList<>();
    expected.add("/opt/jdk/bin/java");
    expected.add("-Xmx384m");
    expected.addAll(MemorySettings.APP_JVM_OPTIONS);
    expected.addAll(List.of("-XX:+UseG1GC", "-Dx=1"));
    expected.addAll(
        List.of(
            "-jar",
            payara.toString(),
            "--deploy",
            war.toString(),
            "--contextroot",
            "/",
            "--port",
            "8090",
            "--nocluster"));
    assertEquals(expected, config.payaraCommand(Path.of("/opt/jdk")));
    assertEquals(
        Map.of("KB_ES_URL", "http://127.0.0.1:9200", "KB_DATA_DIR", dir.toString()),
        config.payaraEnvironment("http://127.0.0.1:9200"));
  }

  @Test
  void rejectsAHeapThatIsNotASize() {
    assertThrows(
        IllegalArgumentException.class,
        () -> parse(required(), Map.of("KB_APP_HEAP", "lots"), new Properties()));
  }

  @Test
  void passesTheAppsPrebootCommandsToPayara() throws Exception {
    Path commands = Files.writeString(dir.resolve("pre-boot-commands.asadmin"), "set x=1\n");
    List<String> args = new java.util.ArrayList<>(required());
    args.add("--preboot-commands=" + commands);

    List<String> command = parse(args, Map.of(), new Properties()).payaraCommand(Path.of("/j"));

    assertEquals(
        List.of("--prebootcommandfile", commands.toString()),
        command.subList(command.size() - 2, command.size()));
  }

  private List<String> required() {
    return List.of("--es-distribution=" + es, "--payara=" + payara, "--war=" + war);
  }

  private static DevServerConfig parse(
      List<String> args, Map<String, String> env, Properties properties) {
    return DevServerConfig.parse(args, env, properties);
  }
}
