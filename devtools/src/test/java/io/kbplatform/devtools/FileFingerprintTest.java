package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFingerprintTest {

  @TempDir Path dir;

  @Test
  void matchesOnlyAfterWritingTheSameFingerprint() throws Exception {
    Path file = Files.writeString(dir.resolve("a.zip"), "content");
    Path marker = dir.resolve("markers/a.marker");

    assertFalse(FileFingerprint.of(file).matches(marker));
    FileFingerprint.of(file).writeTo(marker);
    assertTrue(FileFingerprint.of(file).matches(marker));
  }

  @Test
  void changedModificationTimeOrSizeNoLongerMatches() throws Exception {
    Path file = Files.writeString(dir.resolve("a.zip"), "content");
    Path marker = dir.resolve("a.marker");
    FileFingerprint.of(file).writeTo(marker);

    Files.setLastModifiedTime(
        file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
    assertFalse(FileFingerprint.of(file).matches(marker));

    FileFingerprint.of(file).writeTo(marker);
    FileTime mtime = Files.getLastModifiedTime(file);
    Files.writeString(file, "longer content");
    Files.setLastModifiedTime(file, mtime);
    assertFalse(FileFingerprint.of(file).matches(marker));
  }

  @Test
  void missingFileIsReportedClearly() {
    LocalNodeException e =
        assertThrows(LocalNodeException.class, () -> FileFingerprint.of(dir.resolve("nope.zip")));
    assertTrue(e.getMessage().contains("nope.zip"));
  }
}
