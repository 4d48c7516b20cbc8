package io.kbplatform.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.extraction.ExtractionException.Reason;
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

class SafeZipTest {

  private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

  @TempDir Path dir;

  /**
   * A ZIP whose entry names are written as raw bytes in {@code nameCharset}, without UTF-8 flag.
   */
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

  private List<SafeZip.Entry> expand(Path zip, ExtractionLimits limits) throws ExtractionException {
    return new SafeZip(limits).expand(zip, dir.resolve("out-" + zip.getFileName()));
  }

  @Test
  void expandsFilesInArchiveOrderAndSkipsFoldersAndClutter() throws Exception {
    Path zip =
        zip(
            "import.zip", StandardCharsets.UTF_8,
            "指南/", "",
            "指南/退款.md", "# 退款",
            "__MACOSX/指南/._退款.md", "resource fork",
            "指南/.DS_Store", "finder",
            ".hidden", "x",
            "nested.zip", "PK not really",
            "a.txt", "文本");

    List<SafeZip.Entry> entries = expand(zip, LIMITS);

    assertEquals(
        List.of("指南/退款.md", "nested.zip", "a.txt"),
        entries.stream().map(SafeZip.Entry::path).toList());
    assertEquals("# 退款", Files.readString(entries.get(0).file()));
    assertTrue(entries.get(0).file().startsWith(dir));
  }

  @Test
  void namesWrittenByChineseWindowsAreDecodedFromGbk() throws Exception {
    Path zip = zip("gbk.zip", Charset.forName("GBK"), "客户服务/退款流程.txt", "内容", "readme.txt", "x");

    List<SafeZip.Entry> entries = expand(zip, LIMITS);

    assertEquals("客户服务/退款流程.txt", entries.get(0).path());
    assertEquals("readme.txt", entries.get(1).path());
    assertTrue(Files.exists(entries.get(0).file()));
  }

  @Test
  void pathTraversalIsRefused() throws Exception {
    for (String evil :
        List.of("../evil.txt", "a/../../evil.txt", "/etc/evil", "C:/evil.txt", "..\\evil.txt")) {
      Path zip =
          zip("evil" + Math.abs(evil.hashCode()) + ".zip", StandardCharsets.UTF_8, evil, "x");

      ExtractionException e = assertThrows(ExtractionException.class, () -> expand(zip, LIMITS));

      assertEquals(Reason.CORRUPT, e.reason(), evil);
      assertTrue(e.getMessage().contains("Unsafe path"), e.getMessage());
    }
    try (Stream<Path> files = Files.walk(dir.getParent(), 1)) {
      assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("evil.txt")));
    }
  }

  @Test
  void tooManyEntriesIsAResourceLimit() throws Exception {
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
  void aZipBombOfZerosIsStoppedEarly() throws Exception {
    Path zip = dir.resolve("bomb.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("zeros.txt"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 200; i++) {
        out.write(zeros);
      }
    }
    assertTrue(Files.size(zip) < 1024 * 1024);
    long start = System.nanoTime();

    ExtractionException e = assertThrows(ExtractionException.class, () -> expand(zip, LIMITS));

    assertEquals(Reason.RESOURCE_LIMIT, e.reason());
    assertTrue(e.getMessage().contains("ZIP bomb"), e.getMessage());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
    Path written = dir.resolve("out-bomb.zip").resolve("zeros.txt");
    assertTrue(Files.size(written) < 10 * 1024 * 1024, "wrote " + Files.size(written));
  }

  @Test
  void moreUncompressedBytesThanAllowedIsAResourceLimit() throws Exception {
    Path zip =
        zip("big.zip", StandardCharsets.UTF_8, "a.txt", "x".repeat(600), "b.txt", "y".repeat(600));

    ExtractionException e =
        assertThrows(
            ExtractionException.class, () -> expand(zip, LIMITS.withZipLimits(100, 1000, 100)));

    assertEquals(Reason.RESOURCE_LIMIT, e.reason());
  }

  @Test
  void aDamagedArchiveIsCorrupt() throws Exception {
    Path zip = zip("ok.zip", StandardCharsets.UTF_8, "a.txt", "x".repeat(5000));
    byte[] bytes = Files.readAllBytes(zip);
    bytes[40] ^= 0x55;
    bytes[60] ^= 0x55;
    Path damaged = Files.write(dir.resolve("damaged.zip"), bytes);

    assertEquals(
        Reason.CORRUPT,
        assertThrows(ExtractionException.class, () -> expand(damaged, LIMITS)).reason());
  }
}
