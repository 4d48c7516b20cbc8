package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Expands an uploaded ZIP for import, entry by entry as a stream: refuses unsafe paths, skips
 * folders and system clutter ({@code __MACOSX/}, {@code .DS_Store}, hidden files), and counts the
 * bytes actually written against the entry, size and compression-ratio limits. Nested archives are
 * returned as files, not expanded.
 */
public final class SafeZip {

  /**
   * Below this many bytes an entry's compression ratio is not judged (tiny files compress well).
   */
  static final long RATIO_FLOOR_BYTES = 1024 * 1024;

  private static final int BUFFER = 64 * 1024;

  /** An expanded file: its path inside the archive ({@code /}-separated) and where it now is. */
  public record Entry(String path, Path file) {}

  private final ExtractionLimits limits;

  public SafeZip(ExtractionLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /**
   * Expands {@code zip} into {@code targetDir} (which should be new and empty).
   *
   * @return the files in archive order
   * @throws ExtractionException {@code RESOURCE_LIMIT} beyond the limits, {@code CORRUPT} for an
   *     unsafe path or a damaged archive, {@code ENCRYPTED} for password-protected entries
   */
  public List<Entry> expand(Path zip, Path targetDir) throws ExtractionException {
    Path root = targetDir.toAbsolutePath().normalize();
    List<Entry> entries = new ArrayList<>();
    Counts counts = new Counts();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(zip));
        ZipArchiveInputStream in = new ZipArchiveInputStream(raw, "UTF-8", true, true)) {
      Files.createDirectories(root);
      for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (++counts.entries > limits.maxZipEntries()) {
          throw limit("The archive has more than " + limits.maxZipEntries() + " entries.");
        }
        String name = ZipEntryNames.decode(entry);
        String path = ZipEntryNames.safeRelativePath(name);
        if (entry.isDirectory() || ZipEntryNames.isClutter(path)) {
          continue;
        }
        if (!in.canReadEntryData(entry)) {
          throw unreadable(entry, name);
        }
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          throw new ExtractionException(Reason.CORRUPT, "Unsafe path in the archive: " + name);
        }
        Files.createDirectories(target.getParent());
        copy(in, target, name, counts);
        entries.add(new Entry(path, target));
      }
    } catch (FileAlreadyExistsException e) {
      throw new ExtractionException(
          Reason.CORRUPT, "The archive holds the same file twice: " + e.getFile(), e);
    } catch (IOException e) {
      throw new ExtractionException(Reason.CORRUPT, "The archive is damaged.", e);
    }
    return entries;
  }

  private void copy(ZipArchiveInputStream in, Path target, String name, Counts counts)
      throws IOException, ExtractionException {
    byte[] buffer = new byte[BUFFER];
    long written = 0;
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        written += n;
        counts.bytes += n;
        if (counts.bytes > limits.maxZipBytes()) {
          throw limit("The archive expands to more than " + limits.maxZipBytes() + " bytes.");
        }
        long compressed = Math.max(1, in.getCompressedCount());
        if (written > RATIO_FLOOR_BYTES && written / compressed > limits.maxCompressionRatio()) {
          throw limit(
              "The entry "
                  + name
                  + " is compressed more than "
                  + limits.maxCompressionRatio()
                  + " to 1 (a suspected ZIP bomb).");
        }
      }
    }
  }

  private static ExtractionException unreadable(ZipArchiveEntry entry, String name) {
    if (entry.getGeneralPurposeBit().usesEncryption()) {
      return new ExtractionException(
          Reason.ENCRYPTED, "The archive entry " + name + " is protected by a password.");
    }
    return new ExtractionException(
        Reason.UNSUPPORTED_TYPE,
        "The archive entry " + name + " uses a compression method that is not supported.");
  }

  private static ExtractionException limit(String message) {
    return new ExtractionException(Reason.RESOURCE_LIMIT, message);
  }

  private static final class Counts {
    int entries;
    long bytes;
  }
}
