package io.kbplatform.content.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.ExtractionException.Reason;
import io.kbplatform.content.extraction.ExtractionLimits;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking uploaded ZIPs for import: bounded, traversal-proof, and failing entry by entry. */
class ZipContentsTest {

  private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

  @TempDir Path dir;

  /** A ZIP whose entry names are written in {@code nameCharset}, without the UTF-8 flag. */
  private Path zip(String name, Charset nameCharset, String... pathAndContent) throws IOException {
    Path zip = dir.resolve(name);
    try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
      out.setEncoding(nameCharset.name());
      out.setUseLanguageEncodingFlag(nameCharset.equals(StandardCharsets.UTF_8));
      out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
      for (int i = 0; i < pathAndContent.length; i += 2) {
        out.putArchiveEntry(new ZipArchiveEntry(pathAndContent[i]));
        out.write(pathAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
      }
    }
    return zip;
  }

  private ZipContents expand(Path zip, ExtractionLimits limits) throws Exception {
    Path work = Files.createDirectories(dir.resolve("out-" + zip.getFileName()));
    return ZipContents.expand(zip, work, limits);
  }

  private static List<String> names(ZipContents contents) {
    return contents.entries().stream().map(ArchiveEntry::name).toList();
  }

  @Test
  void filesComeInArchiveOrderWithoutFoldersAndClutter() throws Exception {
    Path zip =
        zip(
            "import.zip", StandardCharsets.UTF_8,
            "指南/", "",
            "指南/退款.md", "# 退款",
            "__MACOSX/指南/._退款.md", "resource fork",
            "指南/.DS_Store", "finder",
            "a.txt", "文本");

    ZipContents contents = expand(zip, LIMITS);

    assertEquals(List.of("指南/退款.md", "a.txt"), names(contents));
    assertEquals("# 退款", Files.readString(contents.get("指南/退款.md").file()));
  }

  @Test
  void namesWrittenByChineseWindowsAreDecodedFromGbk() throws Exception {
    Path zip = zip("gbk.zip", Charset.forName("GBK"), "客户服务/退款流程.txt", "内容", "readme.txt", "x");

    assertEquals(List.of("客户服务/退款流程.txt", "readme.txt"), names(expand(zip, LIMITS)));
  }

  @Test
  void entryNamesNeverBecomePaths() throws Exception {
    Path zip = zip("evil.zip", StandardCharsets.UTF_8, "../evil.txt", "x", "/etc/evil", "y");

    ZipContents contents = expand(zip, LIMITS);

    assertEquals(List.of("/etc/evil"), names(contents), "'..' counts as hidden and is skipped");
    for (ArchiveEntry entry : contents.entries()) {
      assertTrue(entry.file().startsWith(dir.resolve("out-evil.zip")), entry.file().toString());
    }
    try (Stream<Path> files = Files.walk(dir.getParent(), 2)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("evil.txt")));
    }
  }

  @Test
  void aZipBombFailsAloneAndEarly() throws Exception {
    Path zip = dir.resolve("bomb.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        out.write(zeros);
      }
      out.putNextEntry(new ZipEntry("good.md"));
      out.write("# 好文件".getBytes(StandardCharsets.UTF_8));
    }

    ZipContents contents = expand(zip, LIMITS);

    ArchiveEntry bomb = contents.get("zeros.txt");
    assertNull(bomb.file());
    assertTrue(bomb.failure().startsWith("RESOURCE_LIMIT"), bomb.failure());
    assertTrue(bomb.failure().contains("ZIP bomb"), bomb.failure());
    assertEquals("# 好文件", Files.readString(contents.get("good.md").file()));
  }

  @Test
  void tooManyEntriesRefuseTheWholeArchive() throws Exception {
    String[] entries = new String[2 * 20];
    for (int i = 0; i < 20; i++) {
      entries[2 * i] = "f" + i + ".txt";
      entries[2 * i + 1] = "x";
    }
    Path zip = zip("many.zip", StandardCharsets.UTF_8, entries);

    ExtractionException e =
        assertThrows(
            ExtractionException.class, () -> expand(zip, LIMITS.withZipLimits(10, 1_000_000, 100)));

    assertEquals(Reason.RESOURCE_LIMIT, e.reason());
  }

  @Test
  void bytesBeyondTheBudgetFailTheEntriesThatExceedIt() throws Exception {
    Path zip =
        zip("big.zip", StandardCharsets.UTF_8, "a.txt", "x".repeat(600), "b.txt", "y".repeat(600));

    ZipContents contents = expand(zip, LIMITS.withZipLimits(100, 1000, 100));

    assertEquals(600, Files.size(contents.get("a.txt").file()));
    assertTrue(contents.get("b.txt").failure().startsWith("RESOURCE_LIMIT"));
  }

  @Test
  void anArchiveThatIsNotAZipIsCorrupt() throws Exception {
    Path junk = Files.write(dir.resolve("junk.zip"), "PK but not really".getBytes());

    assertEquals(
        Reason.CORRUPT,
        assertThrows(ExtractionException.class, () -> expand(junk, LIMITS)).reason());
  }
}
