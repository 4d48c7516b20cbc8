package io.kbplatform.content.importing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts headings back on lines of their own where extraction ran them into the text: the entries of
 * the table of contents, found in order, and chapter markers ({@code 第一章}, {@code 第二部分}…) numbered
 * one after the other inside long lines. Found headings become Markdown headings.
 */
final class InlineHeadings {

  /** Lines longer than this lost their line breaks; shorter ones are left alone. */
  static final int LONG_LINE = 200;

  private static final Pattern MARKER =
      Pattern.compile(
          "第(" + Heading.NUMBER + ")(章|部分|篇|讲|講|单元|單元|模块|模塊)(?:\\h*[:：]\\h*|\\h+)?(?=\\S)");

  private static final Pattern NUMBERING =
      Pattern.compile(
          "^(?:第"
              + Heading.NUMBER
              + "(?:章|篇|部分|节|節)|"
              + Heading.CHINESE_NUMBER
              + "、|\\d{1,2}[.、])\\h*[:：]?\\h*");

  private InlineHeadings() {}

  static List<String> restore(List<String> lines, List<String> tocTitles) {
    List<String> result = tocTitles.isEmpty() ? lines : byTableOfContents(lines, tocTitles);
    return byChapterMarkers(result);
  }

  private static List<String> byTableOfContents(List<String> lines, List<String> titles) {
    StringBuilder text = new StringBuilder(String.join("\n", lines));
    int cursor = 0;
    for (String title : titles) {
      if (title.length() < 2) {
        continue;
      }
      int at = text.indexOf(title, cursor);
      int length = title.length();
      if (at < 0 || !placeable(text, at, title)) {
        String bare = NUMBERING.matcher(title).replaceFirst("");
        at = bare.length() >= 4 && !bare.equals(title) ? wholeLine(text, bare, cursor) : -1;
        length = bare.length();
      }
      if (at < 0) {
        continue;
      }
      int level = Heading.of(title).map(Heading::level).orElse(3);
      String heading = "#".repeat(level) + " " + title;
      int end = at + length;
      String after = end < text.length() && text.charAt(end) != '\n' ? "\n" : "";
      String before = at > 0 && text.charAt(at - 1) != '\n' ? "\n" : "";
      text.replace(at, end, before + heading + after);
      cursor = at + before.length() + heading.length() + after.length();
    }
    return List.of(text.toString().split("\n", -1));
  }

  /**
   * Where a heading whose number the text left out stands on a line of its own, or ends a line
   * after a sentence; -1 if nowhere after the cursor.
   */
  private static int wholeLine(StringBuilder text, String bare, int cursor) {
    for (int at = text.indexOf(bare, cursor); at >= 0; at = text.indexOf(bare, at + 1)) {
      int end = at + bare.length();
      boolean endsLine = end == text.length() || text.charAt(end) == '\n';
      boolean startsLine = at == 0 || text.charAt(at - 1) == '\n';
      boolean afterSentence = at > 0 && "。！？".indexOf(text.charAt(at - 1)) >= 0;
      if (endsLine && (startsLine || afterSentence)) {
        return at;
      }
    }
    return -1;
  }

  /** A title counts at the start of a line or inside a line that lost its breaks. */
  private static boolean placeable(CharSequence text, int at, String title) {
    int lineStart = at;
    while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      lineStart--;
    }
    if (lineStart == at) {
      return true;
    }
    int lineEnd = at;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
      lineEnd++;
    }
    return lineEnd - lineStart > LONG_LINE;
  }

  private static List<String> byChapterMarkers(List<String> lines) {
    List<String> result = new ArrayList<>();
    int expected = 1;
    for (String line : lines) {
      if (line.length() <= LONG_LINE) {
        Matcher heading = MARKER.matcher(line.replaceFirst("^#+\\h*", ""));
        if (heading.lookingAt() && ChineseNumbers.parse(heading.group(1)) >= expected) {
          expected = ChineseNumbers.parse(heading.group(1)) + 1;
        }
        result.add(line);
        continue;
      }
      Matcher marker = MARKER.matcher(line);
      int from = 0;
      while (marker.find()) {
        if (ChineseNumbers.parse(marker.group(1)) != expected) {
          continue;
        }
        expected++;
        int titleStart = marker.end();
        int titleEnd = SectionTitles.inlineEnd(line, titleStart);
        if (marker.start() > from) {
          result.add(line.substring(from, marker.start()));
        }
        int level = marker.group(2).matches("章|部分|篇") ? 1 : 2;
        String prefix = "第" + marker.group(1) + marker.group(2);
        result.add("#".repeat(level) + " " + prefix + "：" + line.substring(titleStart, titleEnd));
        from = titleEnd;
      }
      if (from < line.length()) {
        result.add(line.substring(from));
      }
    }
    return result;
  }
}
