package io.kbplatform.content.importing;

import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.ExtractionException.Reason;
import io.kbplatform.content.extraction.ExtractionLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of an uploaded ZIP, unpacked into numbered temporary files (entry names never become
 * paths) within the {@link ExtractionLimits}: at most so many entries, so many bytes in all and per
 * file, and no entry that expands beyond the compression ratio (a ZIP bomb). An entry over a limit
 * fails alone. Names are read as UTF-8, or as GB18030 for archives made by Chinese Windows.
 */
final class ZipContents {

  /** Entries smaller than this are never judged by their compression ratio. */
  private static final long RATIO_FLOOR = 1024 * 1024;

  private final List<ArchiveEntry> entries;

  private ZipContents(List<ArchiveEntry> entries) {
    this.entries = Collections.unmodifiableList(entries);
  }

  List<ArchiveEntry> entries() {
    return entries;
  }

  ArchiveEntry get(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }

  static ZipContents expand(Path zip, Path workDir, ExtractionLimits limits)
      throws ExtractionException {
    try {
      return expand(zip, workDir, limits, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | ExtractionException utf8Failed) {
      // Names that are not UTF-8 fail as the central directory is read, before anything is
      // written: read them as GB18030 (ZIPs made by Chinese Windows), else report the first error.
      try {
        return expand(zip, workDir, limits, Charset.forName("GB18030"));
      } catch (ExtractionException | IllegalArgumentException gbFailed) {
        if (utf8Failed instanceof ExtractionException e) {
          throw e;
        }
        throw gbFailed instanceof ExtractionException e
            ? e
            : new ExtractionException(Reason.CORRUPT, "The ZIP file is damaged.", gbFailed);
      }
    }
  }

  private static ZipContents expand(Path zip, Path workDir, ExtractionLimits limits, Charset names)
      throws ExtractionException {
    try (ZipFile file = new ZipFile(zip.toFile(), names)) {
      if (file.size() > limits.maxZipEntries()) {
        throw new ExtractionException(
            Reason.RESOURCE_LIMIT,
            "The ZIP holds "
                + file.size()
                + " entries; at most "
                + limits.maxZipEntries()
                + " are accepted.");
      }
      List<ArchiveEntry> entries = new ArrayList<>();
      long total = 0;
      int number = 0;
      for (ZipEntry entry : Collections.list(file.entries())) {
        String name = entry.getName().replace('\\', '/');
        if (entry.isDirectory() || isHidden(name)) {
          continue;
        }
        Path target = workDir.resolve("entry-" + number++);
        long budget = Math.min(limits.maxInputBytes(), limits.maxZipBytes() - total);
        try (InputStream in = file.getInputStream(entry)) {
          total += copy(in, target, budget, entry.getCompressedSize(), limits);
          entries.add(ArchiveEntry.ok(name, target));
        } catch (ExtractionException e) {
          Files.deleteIfExists(target);
          entries.add(ArchiveEntry.failed(name, e.reason() + ": " + e.getMessage()));
        } catch (IOException e) {
          Files.deleteIfExists(target);
          entries.add(ArchiveEntry.failed(name, "CORRUPT: the entry cannot be unpacked."));
        }
      }
      return new ZipContents(entries);
    } catch (IOException e) {
      throw new ExtractionException(Reason.CORRUPT, "The ZIP file is damaged.", e);
    }
  }

  private static long copy(
      InputStream in, Path target, long budget, long compressed, ExtractionLimits limits)
      throws IOException, ExtractionException {
    byte[] buffer = new byte[64 * 1024];
    long count = 0;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        count += n;
        if (count > budget) {
          throw new ExtractionException(
              Reason.RESOURCE_LIMIT,
              "The file expands beyond the size limit for an import (" + budget + " bytes left).");
        }
        if (count > RATIO_FLOOR && count > Math.max(compressed, 1) * limits.maxCompressionRatio()) {
          throw new ExtractionException(
              Reason.RESOURCE_LIMIT,
              "The file expands to far more than its size (a suspected ZIP bomb).");
        }
        out.write(buffer, 0, n);
      }
    }
    return count;
  }

  private static boolean isHidden(String name) {
    for (String segment : name.split("/")) {
      if (segment.startsWith(".") || segment.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }
}
