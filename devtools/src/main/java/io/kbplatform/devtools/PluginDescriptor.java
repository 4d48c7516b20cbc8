package io.kbplatform.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads the plugin name from the descriptor inside an Elasticsearch plugin zip. */
final class PluginDescriptor {

  private static final List<String> DESCRIPTORS =
      List.of(
          "plugin-descriptor.properties",
          "stable-plugin-descriptor.properties",
          "elasticsearch/plugin-descriptor.properties",
          "elasticsearch/stable-plugin-descriptor.properties");

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private PluginDescriptor() {}

  /** The {@code name} property of the plugin's (classic or stable) descriptor. */
  static String name(Path pluginZip) throws IOException {
    try (ZipFile zip = new ZipFile(pluginZip.toFile())) {
      for (String candidate : DESCRIPTORS) {
        ZipEntry entry = zip.getEntry(candidate);
        if (entry == null) {
          continue;
        }
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
          properties.load(in);
        }
        String name = properties.getProperty("name", "").trim();
        if (!SAFE_NAME.matcher(name).matches()) {
          throw new LocalNodeException(
              "Plugin " + pluginZip + " has an invalid name '" + name + "' in " + candidate);
        }
        return name;
      }
    }
    throw new LocalNodeException(
        "Not an Elasticsearch plugin zip (no plugin descriptor found): " + pluginZip);
  }
}
