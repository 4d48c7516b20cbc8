package io.kbplatform.content.attachment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBlobStoreTest {

  @TempDir Path dir;

  @Test
  void storesReadsAndDeletesByKey() throws Exception {
    FileBlobStore store = new FileBlobStore(dir.resolve("blobs"));
    Path file = Files.write(dir.resolve("upload"), "退款".getBytes("UTF-8"));

    store.put("3f2a-key", file);
    try (InputStream in = store.open("3f2a-key")) {
      assertArrayEquals("退款".getBytes("UTF-8"), in.readAllBytes());
    }
    store.delete("3f2a-key");

    assertThrows(NoSuchFileException.class, () -> store.open("3f2a-key"));
    try (var left = Files.walk(dir.resolve("blobs"))) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith(".tmp-")));
    }
  }

  @Test
  void refusesKeysThatCouldEscapeTheDirectory() {
    FileBlobStore store = new FileBlobStore(dir);
    for (String key : new String[] {"../x", "a/b", "..", "", "x\\y", "%2e%2e"}) {
      assertThrows(IllegalArgumentException.class, () -> store.pathOf(key), key);
    }
  }

  @Test
  void fileNamesKeepChineseAndLoseTheirPath() {
    assertEquals("退款 申请表.pdf", FileNames.clean("C:\\Users\\李\\退款 申请表.pdf"));
    assertEquals("passwd", FileNames.clean("../../etc/passwd"));
    assertEquals("file", FileNames.clean(".."));
    assertEquals("file", FileNames.clean(null));
  }
}
