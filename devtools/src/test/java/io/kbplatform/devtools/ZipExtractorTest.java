package io.kbplatform.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipExtractorTest {

  @TempDir Path dir;

  @Test
  void stripsTheTopFolderAndKeepsExecutableBits() throws Exception {
    Path zip =
        TestZips.write(
            dir.resolve("dist.zip"),
            Map.of(
                "es-1.0/bin/elasticsearch", "rwxr-xr-x:#!/bin/sh\n",
                "es-1.0/config/elasticsearch.yml", "rw-rw----:cluster.name: x\n"));
    Path target = dir.resolve("home");

    ZipExtractor.extract(zip, target, true);

    Path script = target.resolve("bin/elasticsearch");
    assertEquals("#!/bin/sh\n", Files.readString(script));
    assertTrue(Files.isExecutable(script));
    assertFalse(Files.isExecutable(target.resolve("config/elasticsearch.yml")));
    assertEquals(
        "rw-rw----",
        java.nio.file.attribute.PosixFilePermissions.toString(
            Files.getPosixFilePermissions(target.resolve("config/elasticsearch.yml"))));
  }

  @Test
  void keepsTheTopFolderWhenNotStripping() throws Exception {
    Path zip = TestZips.write(dir.resolve("p.zip"), Map.of("a/b.txt", "rw-r--r--:b"));

    ZipExtractor.extract(zip, dir.resolve("out"), false);

    assertEquals("b", Files.readString(dir.resolve("out/a/b.txt")));
  }

  @Test
  void refusesToStripWhenThereIsNoSingleTopFolder() throws Exception {
    Path zip =
        TestZips.write(
            dir.resolve("flat.zip"), Map.of("a.txt", "rw-r--r--:a", "b/c.txt", "rw-r--r--:c"));

    assertThrows(LocalNodeException.class, () -> ZipExtractor.extract(zip, dir.resolve("o"), true));
  }
}
