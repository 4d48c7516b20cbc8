package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EsCommandTest {

  private final EsLayout layout = new EsLayout(Path.of("/srv/kb/es"));
  private final Path javaHome = Path.of("/usr/lib/jvm/jdk");

  @Test
  void runsTheDistributionScriptWithItsEnvironmentAndSettings() {
    List<String> command = EsCommand.build(layout, javaHome, 9288, "1g", Map.of());

    assertEquals(
        List.of(
            "env",
            "ES_JAVA_HOME=/usr/lib/jvm/jdk",
            "ES_PATH_CONF=/srv/kb/es/config",
            "ES_JAVA_OPTS=-Xms1g -Xmx1g",
            "ES_TMPDIR=/srv/kb/es/tmp",
            "CLI_JAVA_OPTS=-Djava.io.tmpdir=/srv/kb/es/tmp",
            "/srv/kb/es/home/bin/elasticsearch"),
        command.subList(0, 7));
    assertSetting(command, "xpack.security.enabled=false");
    assertSetting(command, "discovery.type=single-node");
    assertSetting(command, "network.host=127.0.0.1");
    assertSetting(command, "http.port=9288");
    assertSetting(command, "cluster.routing.allocation.disk.threshold_enabled=false");
    assertSetting(command, "path.data=/srv/kb/es/data");
    assertSetting(command, "path.logs=/srv/kb/es/logs");
    assertEquals(
        List.of("-p", "/srv/kb/es/logs/elasticsearch.pid"),
        command.subList(command.size() - 2, command.size()));
  }

  @Test
  void extraSettingsOverrideDefaultsWithoutDuplicates() {
    List<String> command =
        EsCommand.build(
            layout,
            javaHome,
            9200,
            "512m",
            Map.of("cluster.name", "kb", "network.host", "0.0.0.0"));

    assertSetting(command, "cluster.name=kb");
    assertSetting(command, "network.host=0.0.0.0");
    assertEquals(
        1, command.stream().filter(a -> a.startsWith("network.host=")).count(), command.toString());
  }

  @Test
  void runsAsTheDedicatedUserThroughRunuserWhenRoot() {
    List<String> command = EsCommand.build(layout, javaHome, 9200, "512m", Map.of());

    List<String> asRoot = EsUser.dedicated("kb-es").wrap(command);

    assertEquals(List.of("runuser", "-u", "kb-es", "--"), asRoot.subList(0, 4));
    assertEquals(command, asRoot.subList(4, asRoot.size()));
    assertEquals(command, EsUser.current().wrap(command));
  }

  private static void assertSetting(List<String> command, String setting) {
    int index = command.indexOf(setting);
    assertTrue(index > 0 && command.get(index - 1).equals("-E"), setting + " in " + command);
    assertEquals(1, Collections.frequency(command, setting));
  }
}
