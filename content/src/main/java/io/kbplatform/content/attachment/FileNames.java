package io.kbplatform.content.attachment;

/** Cleans a client's file name for storage and display; it never becomes a path on disk. */
public final class FileNames {

  private FileNames() {}

  /** The last segment of the name, without control characters, at most 255 characters. */
  public static String clean(String name) {
    String n = name == null ? "" : name;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    StringBuilder out = new StringBuilder();
    n.codePoints()
        .filter(c -> !Character.isISOControl(c) && c != '"')
        .forEach(out::appendCodePoint);
    String cleaned = out.toString().strip();
    if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
      return "file";
    }
    if (cleaned.length() > Attachment.FILE_NAME_LENGTH) {
      int end = cleaned.offsetByCodePoints(0, cleaned.codePointCount(0, 200));
      int dot = cleaned.lastIndexOf('.');
      String extension = dot > 0 && cleaned.length() - dot <= 16 ? cleaned.substring(dot) : "";
      cleaned = cleaned.substring(0, end) + extension;
    }
    return cleaned;
  }
}
