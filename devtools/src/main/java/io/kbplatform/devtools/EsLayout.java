package io.kbplatform.devtools;

import java.nio.file.Path;

/** Where a local node keeps its files under its work directory. */
record EsLayout(Path work) {

  EsLayout {
    work = work.toAbsolutePath().normalize();
  }

  /** The unpacked distribution, including installed plugins. */
  Path home() {
    return work.resolve("home");
  }

  /** The private copy of the distribution's config directory ({@code ES_PATH_CONF}). */
  Path config() {
    return work.resolve("config");
  }

  Path data() {
    return work.resolve("data");
  }

  Path logs() {
    return work.resolve("logs");
  }

  /** {@code ES_TMPDIR}. */
  Path tmp() {
    return work.resolve("tmp");
  }

  /** Written by Elasticsearch itself ({@code -p}); holds the pid of the real server JVM. */
  Path pidFile() {
    return logs().resolve("elasticsearch.pid");
  }

  /** Standard output and error of the Elasticsearch process. */
  Path consoleLog() {
    return logs().resolve("console.log");
  }

  /** Marker recording which distribution zip {@link #home()} was unpacked from. */
  Path distributionMarker() {
    return home().resolve(".kb-distribution");
  }

  /** Marker recording which zip the named plugin was installed from. */
  Path pluginMarker(String pluginName) {
    return home().resolve(".kb-plugin-" + pluginName);
  }

  /** Serialises preparation of the same work directory by several JVMs. */
  Path prepareLock() {
    return work.resolve(".prepare.lock");
  }
}
