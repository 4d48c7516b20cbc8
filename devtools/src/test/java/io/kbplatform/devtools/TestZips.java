package io.kbplatform.devtools;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** Builds small zip files, with Unix permissions, for tests. */
final class TestZips {

  private TestZips() {}

  /** Writes a zip whose entries map a path to "mode:content" (mode like rwxr-xr-x). */
  static Path write(Path zip, Map<String, String> entries) throws IOException {
    Files.deleteIfExists(zip);
    try (FileSystem fs =
        FileSystems.newFileSystem(
            zip, Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        Path path = fs.getPath(entry.getKey());
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
        String[] modeAndContent = entry.getValue().split(":", 2);
        Files.writeString(path, modeAndContent[1]);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(modeAndContent[0]));
      }
    }
    return zip;
  }

  /** A plugin zip with a stable-plugin descriptor of the given name. */
  static Path plugin(Path zip, String name, String payload) throws IOException {
    return write(
        zip,
        Map.of(
            "stable-plugin-descriptor.properties",
            "rw-r--r--:name=" + name + "\nversion=1\n",
            "plugin.jar",
            "rw-r--r--:" + payload));
  }
}
