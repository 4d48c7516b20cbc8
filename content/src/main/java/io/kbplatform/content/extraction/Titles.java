package io.kbplatform.content.extraction;

import java.util.Optional;
import java.util.stream.Stream;

/** Titles for extracted documents. */
final class Titles {

  static final String UNTITLED = "Untitled";

  private Titles() {}

  /** The file name without folders and extension, e.g. {@code 退款流程} for {@code a/退款流程.docx}. */
  static String fromFileName(String fileName) {
    if (fileName == null) {
      return UNTITLED;
    }
    String name =
        fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).strip();
    return base.isEmpty() ? UNTITLED : base;
  }

  private static final int MAX_LINE_TITLE = 120;

  /**
   * The file-name title, unless the name is machine-made (digits, hex, separators only, such as
   * {@code 000_77f084f1a508ba0f}): then the first line of the text says more.
   */
  static String fromNameOrFirstLine(String fileNameTitle, String text) {
    boolean machineMade =
        fileNameTitle.length() >= 4
            && fileNameTitle.matches("[0-9A-Fa-f_.\\- ]+")
            && fileNameTitle.chars().anyMatch(Character::isDigit);
    if (!machineMade || text == null) {
      return fileNameTitle;
    }
    return text.lines()
        .map(line -> line.replaceAll("\\s+", " ").replaceFirst("^#+ ", "").strip())
        .filter(line -> !line.isEmpty())
        .findFirst()
        .map(line -> line.length() <= MAX_LINE_TITLE ? line : line.substring(0, MAX_LINE_TITLE))
        .orElse(fileNameTitle);
  }

  static Optional<String> firstNonBlank(String... candidates) {
    return Stream.of(candidates)
        .filter(c -> c != null && !c.isBlank())
        .map(c -> c.replaceAll("\\s+", " ").strip())
        .findFirst();
  }
}
