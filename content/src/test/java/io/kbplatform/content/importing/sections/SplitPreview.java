package io.kbplatform.content.importing.sections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shows how text files would be split on import, for trying the rules on real documents: {@code
 * java -cp content/target/classes:content/target/test-classes
 * io.kbplatform.content.importing.sections.SplitPreview FILE...}. Not a test.
 */
public final class SplitPreview {

  private SplitPreview() {}

  public static void main(String[] args) throws IOException {
    DocumentSplitter splitter = new DocumentSplitter(SectionSizes.DEFAULTS, 200);
    boolean full = Boolean.getBoolean("full");
    for (String arg : args) {
      Path file = Path.of(arg);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String firstLine = text.strip().lines().findFirst().orElse("");
      SplitDocument split =
          splitter.split(text, firstLine, file.getFileName().toString(), SplitOptions.DEFAULTS);
      System.out.printf(
          "%s -> \"%s\", %d sections; removed: %s%n",
          file.getFileName(), split.title(), split.sections().size(), split.removed());
      if (!split.introduction().isEmpty()) {
        System.out.println("  intro: " + abbreviate(split.introduction(), 80));
      }
      for (Section section : split.sections()) {
        System.out.printf(
            "  %-40s %6d chars  %s%n",
            section.title(),
            section.body().length(),
            abbreviate(section.body(), full ? Integer.MAX_VALUE : 50));
      }
    }
  }

  private static String abbreviate(String text, int max) {
    String line = text.replace('\n', '⏎');
    return line.length() <= max ? line : line.substring(0, max) + "…";
  }
}
