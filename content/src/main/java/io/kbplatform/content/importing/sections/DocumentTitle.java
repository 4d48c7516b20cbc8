package io.kbplatform.content.importing.sections;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real title of a document: the title extraction found (metadata, first heading, the file name
 * unless machine-made, else the first line) unless it is boilerplate (a copyright notice, a sharing
 * site's line), then what preceded a run-on table of contents, then the first line if it is short,
 * no sentence and no numbered heading, and the file name last. Page captions and pinyin are taken
 * out.
 */
final class DocumentTitle {

  private static final int MAX_LINE_TITLE = 60;
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;，,！!？?：:]$");

  private DocumentTitle() {}

  static String choose(
      String extracted,
      DocumentCleaner.Cleaned cleaned,
      List<String> lines,
      String fileName,
      boolean stripPinyin) {
    String fromFile = fromFileName(fileName);
    return Stream.of(Optional.ofNullable(extracted), cleaned.tocDocumentTitle(), firstLine(lines))
        .flatMap(Optional::stream)
        .map(t -> DocumentCleaner.cleanTitle(t, stripPinyin))
        .filter(t -> !t.isBlank() && Boilerplate.kindOf(t) == null && !machineMade(t))
        .findFirst()
        .orElse(fromFile.isBlank() ? "Untitled" : fromFile);
  }

  private static Optional<String> firstLine(List<String> lines) {
    return lines.stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !DocumentCleaner.PAGE_BREAK.equals(l))
        .findFirst()
        .filter(l -> Heading.of(l.replaceFirst("^#+\\h*", "")).isEmpty())
        .map(l -> Heading.of(l).map(Heading::text).orElse(l))
        .filter(l -> l.length() <= MAX_LINE_TITLE && !SENTENCE_END.matcher(l).find());
  }

  static String fromFileName(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    return name.replaceFirst("\\.[^.]{1,8}$", "").strip();
  }

  private static boolean machineMade(String title) {
    return title.length() >= 4
        && title.matches("[0-9A-Fa-f_.\\- ]+")
        && title.chars().anyMatch(Character::isDigit);
  }
}
