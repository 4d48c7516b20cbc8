package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @TempDir Path dir;

  @Test
  void returnsTheLastLinesWrittenAfterTheOffset() throws Exception {
    Path log = Files.writeString(dir.resolve("console.log"), "old 1\nold 2\n");
    long offset = LogTail.size(log);
    Files.writeString(log, "old 1\nold 2\nnew 1\nnew 2\nnew 3\n");

    assertEquals("new 2\nnew 3", LogTail.lastLines(log, offset, 2));
    assertEquals("new 1\nnew 2\nnew 3", LogTail.lastLines(log, offset, 10));
    assertEquals("", LogTail.lastLines(dir.resolve("missing.log"), 0, 10));
    assertEquals(0, LogTail.size(dir.resolve("missing.log")));
  }
}
