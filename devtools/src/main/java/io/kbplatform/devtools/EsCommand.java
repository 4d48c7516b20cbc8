package io.kbplatform.devtools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the command line that runs Elasticsearch in the foreground for a work directory. */
final class EsCommand {

  private EsCommand() {}

  /** The node settings passed with {@code -E}; {@code extra} entries win over the defaults. */
  static Map<String, String> settings(EsLayout layout, int httpPort, Map<String, String> extra) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("xpack.security.enabled", "false");
    settings.put("discovery.type", "single-node");
    settings.put("network.host", "127.0.0.1");
    settings.put("http.port", Integer.toString(httpPort));
    settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
    settings.put("path.data", layout.data().toString());
    settings.put("path.logs", layout.logs().toString());
    settings.putAll(extra);
    return settings;
  }

  /**
   * {@code env ES_JAVA_HOME=.. ES_PATH_CONF=.. ES_JAVA_OPTS=.. ES_TMPDIR=..
   * <home>/bin/elasticsearch -E k=v .. -p <pidfile>}; the environment is passed through {@code env}
   * so that it survives {@code runuser}.
   */
  static List<String> build(
      EsLayout layout, Path javaHome, int httpPort, String heap, Map<String, String> extra) {
    List<String> command = new ArrayList<>();
    command.add("env");
    command.add("ES_JAVA_HOME=" + javaHome);
    command.add("ES_PATH_CONF=" + layout.config());
    command.add("ES_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap);
    command.add("ES_TMPDIR=" + layout.tmp());
    // The launcher CLI leaves temp dirs ("final-flags*") behind: keep them out of /tmp.
    command.add("CLI_JAVA_OPTS=-Djava.io.tmpdir=" + layout.tmp());
    command.add(layout.home().resolve("bin").resolve("elasticsearch").toString());
    settings(layout, httpPort, extra)
        .forEach(
            (key, value) -> {
              command.add("-E");
              command.add(key + "=" + value);
            });
    command.add("-p");
    command.add(layout.pidFile().toString());
    return command;
  }
}
