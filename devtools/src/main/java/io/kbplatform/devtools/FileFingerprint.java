package io.kbplatform.devtools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Path, size and modification time of a file, kept in a marker file to notice when it changed. */
record FileFingerprint(String path, long size, long lastModifiedMillis) {

  /** Reads the fingerprint of an existing file. */
  static FileFingerprint of(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new LocalNodeException("File not found: " + file.toAbsolutePath());
    }
    return new FileFingerprint(
        file.toAbsolutePath().normalize().toString(),
        Files.size(file),
        Files.getLastModifiedTime(file).toMillis());
  }

  /** The marker file content. */
  String asText() {
    return "path=" + path + "\nsize=" + size + "\nmtime=" + lastModifiedMillis + "\n";
  }

  /** Whether the marker exists and records exactly this fingerprint. */
  boolean matches(Path marker) throws IOException {
    return Files.isRegularFile(marker) && Files.readString(marker).equals(asText());
  }

  /** Writes (or replaces) the marker. */
  void writeTo(Path marker) throws IOException {
    Files.createDirectories(marker.toAbsolutePath().getParent());
    Files.writeString(marker, asText());
  }
}
