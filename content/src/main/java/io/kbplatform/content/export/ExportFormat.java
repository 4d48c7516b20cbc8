package io.kbplatform.content.export;

/** Names and paths inside a space export. */
public final class ExportFormat {

  public static final String METADATA = "metadata.json";
  public static final String FORMAT = "kb-space-export";
  public static final int VERSION = 1;

  private ExportFormat() {}

  /** A file or folder name safe on every common file system; never empty, never a dot name. */
  public static String safeSegment(String name) {
    String safe = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    safe = safe.replaceAll("^[.\\s]+|[.\\s]+$", "");
    if (safe.length() > 100) {
      safe = safe.substring(0, 100).strip();
    }
    return safe.isEmpty() ? "untitled" : safe;
  }

  /** The Markdown file of an article: its category folders and its title, made unique by id. */
  static String articleFile(Iterable<String> categoryPath, String title, String id) {
    StringBuilder path = new StringBuilder("articles/");
    categoryPath.forEach(c -> path.append(safeSegment(c)).append('/'));
    return path.append(safeSegment(title)).append('-').append(id, 0, 8).append(".md").toString();
  }
}
