package io.kbplatform.content.importing;

import java.nio.file.Path;

/**
 * One file of an upload: its name in the archive and its bytes in a temporary file, or the reason
 * it could not be unpacked.
 */
record ArchiveEntry(String name, Path file, String failure) {

  static ArchiveEntry ok(String name, Path file) {
    return new ArchiveEntry(name, file, null);
  }

  static ArchiveEntry failed(String name, String failure) {
    return new ArchiveEntry(name, null, failure);
  }

  boolean isOk() {
    return failure == null;
  }
}
