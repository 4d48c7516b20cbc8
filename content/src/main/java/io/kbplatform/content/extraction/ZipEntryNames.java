package io.kbplatform.content.extraction;

import io.kbplatform.content.extraction.ExtractionException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/** Names of ZIP entries: decoding (Chinese Windows writes GBK), safety and clutter. */
final class ZipEntryNames {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final Set<String> CLUTTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

  private ZipEntryNames() {}

  /**
   * The entry's name: as written when flagged UTF-8 or carried in a Unicode extra field, else the
   * raw bytes as strict UTF-8, else GB18030 (a superset of the GBK/CP936 Chinese Windows uses).
   */
  static String decode(ZipArchiveEntry entry) {
    if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME
        || entry.getGeneralPurposeBit().usesUTF8ForNames()) {
      return entry.getName();
    }
    byte[] raw = entry.getRawName();
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(raw, TextDecoder.GB18030);
    }
  }

  /**
   * The name as a relative {@code /}-separated path.
   *
   * @throws ExtractionException {@code CORRUPT} for absolute paths, drive letters, {@code ..}
   */
  static String safeRelativePath(String name) throws ExtractionException {
    String path = name.replace('\\', '/');
    boolean unsafe =
        path.isEmpty()
            || path.startsWith("/")
            || DRIVE.matcher(path).matches()
            || path.indexOf('\0') >= 0;
    for (String segment : path.split("/")) {
      unsafe |= segment.equals("..");
    }
    if (unsafe) {
      throw new ExtractionException(Reason.CORRUPT, "Unsafe path in the archive: " + name);
    }
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** macOS resource forks, Finder and Explorer files, hidden files. */
  static boolean isClutter(String path) {
    if (path.isEmpty() || path.startsWith("__MACOSX/") || path.equals("__MACOSX")) {
      return true;
    }
    for (String segment : path.split("/")) {
      if (segment.startsWith(".") || CLUTTER.contains(segment)) {
        return true;
      }
    }
    return false;
  }
}
