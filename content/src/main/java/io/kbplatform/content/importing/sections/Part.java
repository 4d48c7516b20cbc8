package io.kbplatform.content.importing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run of lines under one heading (or none: the preamble, a piece cut by length, a page) on its
 * way to becoming a section.
 */
final class Part {
  final Heading heading;
  final List<String> lines = new ArrayList<>();

  /** The heading of the part this piece was cut from by length, if any. */
  Heading continues;

  int piece = 1;

  Part(Heading heading) {
    this.heading = heading;
  }

  boolean isEmpty() {
    return lines.stream().allMatch(l -> l.isBlank() || DocumentCleaner.PAGE_BREAK.equals(l));
  }

  int size() {
    return SectionSizes.measure(String.join("\n", lines));
  }

  void absorb(Part next) {
    if (next.heading != null) {
      lines.add("");
      lines.add(next.heading.markdown(2));
    }
    lines.add("");
    lines.addAll(next.lines);
  }

  /** Its heading, else a short first line, else the part it continues with a number. */
  Optional<String> title(boolean stripPinyin) {
    if (heading != null && !heading.text().isBlank()) {
      return Optional.of(DocumentCleaner.cleanTitle(heading.text(), stripPinyin));
    }
    for (String line : lines) {
      if (line.isBlank() || DocumentCleaner.PAGE_BREAK.equals(line)) {
        continue;
      }
      Optional<String> implicit = DocumentSplitter.implicitTitle(line);
      if (implicit.isPresent()) {
        String first = implicit.get();
        lines.remove(line);
        return Optional.of(DocumentCleaner.cleanTitle(first, stripPinyin));
      }
      break;
    }
    if (continues != null) {
      return Optional.of(
          DocumentCleaner.cleanTitle(continues.text(), stripPinyin) + " (" + piece + ")");
    }
    return Optional.empty();
  }
}
