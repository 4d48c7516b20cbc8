package io.kbplatform.content.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Blobs stored once per content, and deleted only when no row refers to them any more. */
class SharedBlobsTest {

  @TempDir Path dir;

  private final Set<String> rows = new HashSet<>();

  @Test
  void theSameBytesAttachedManyTimesAreStoredOnce() throws Exception {
    FileBlobStore store = new FileBlobStore(dir.resolve("blobs"));
    SharedBlobs blobs = new SharedBlobs(store, rows::contains);
    Path file = Files.writeString(dir.resolve("退款表.pdf"), "同一份文件", StandardCharsets.UTF_8);
    String sha256 = AttachmentUploads.sha256(file);

    for (int i = 0; i < 1000; i++) {
      blobs.storeOnce(file, sha256, rows::add);
    }

    assertEquals(1, blobFiles(), "one copy on disk");
    assertTrue(store.has(SharedBlobs.keyOf(sha256)));
  }

  @Test
  void aBlobStaysWhileAnyRowRefersToItAndGoesWithTheLast() throws Exception {
    FileBlobStore store = new FileBlobStore(dir.resolve("blobs"));
    SharedBlobs blobs = new SharedBlobs(store, rows::contains);
    Path file = Files.writeString(dir.resolve("a.txt"), "共享内容", StandardCharsets.UTF_8);
    String key = blobs.storeOnce(file, AttachmentUploads.sha256(file), k -> k);
    rows.add(key);

    blobs.deleteIfUnreferenced(key);
    assertTrue(store.has(key), "another attachment still refers to it");

    rows.remove(key);
    blobs.deleteIfUnreferenced(key);
    assertFalse(store.has(key));
  }

  private long blobFiles() throws Exception {
    try (Stream<Path> files = Files.walk(dir.resolve("blobs"))) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
