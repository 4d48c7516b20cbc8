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

  static Optional<String> firstNonBlank(String... candidates) {
    return Stream.of(candidates)
        .filter(c -> c != null && !c.isBlank())
        .map(c -> c.replaceAll("\\s+", " ").strip())
        .findFirst();
  }
}
