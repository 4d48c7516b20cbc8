package io.kbplatform.content.importing.sections;

import io.kbplatform.content.importing.sections.Boilerplate.Kind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Removes from an extracted document what readers should not see: the sharing site's lines and
 * footer, copyright notices, page numbers and captions, tables of contents, headers and footers
 * repeated on many pages and, if asked, pinyin annotations. Page numbers and captions leave a
 * {@linkplain #PAGE_BREAK page break} behind, as they mark where a page or slide ended.
 */
public final class DocumentCleaner {

  /** A line that stands for a page or slide boundary in the cleaned text. */
  public static final String PAGE_BREAK = "\f";

  /** A short line seen this often is a running header or footer. */
  private static final int REPEATED_AT_LEAST = 3;

  private static final int MAX_REPEATED_LENGTH = 60;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern FENCE = Pattern.compile("^\\h{0,3}(```|~~~)");

  /** The footer of a sharing site counts only in the last part of the text. */
  private static final double TRAILER_FROM = 0.5;

  private DocumentCleaner() {}

  /**
   * The cleaned lines of the document, with what was removed.
   *
   * @param tocTitles the entries of any table of contents, in order
   * @param tocDocumentTitle the title that preceded a run-on table of contents
   * @param removed how many lines (or annotations) of each kind were removed
   */
  public record Cleaned(
      List<String> lines,
      List<String> tocTitles,
      Optional<String> tocDocumentTitle,
      Map<Kind, Integer> removed) {

    /** What was removed, for people: e.g. {@code "scraper lines (3), page numbers (12)"}. */
    public String summary() {
      List<String> parts = new ArrayList<>();
      removed.forEach((kind, n) -> parts.add(kind.label() + " (" + n + ")"));
      return String.join(", ", parts);
    }
  }

  public static Cleaned clean(String markdown, boolean stripPinyin) {
    Map<Kind, Integer> removed = new EnumMap<>(Kind.class);
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    if (stripPinyin) {
      String stripped = PinyinAnnotations.strip(text);
      int annotations = PinyinAnnotations.count(text);
      if (annotations > 0) {
        removed.put(Kind.PINYIN, annotations);
      }
      text = stripped;
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    cutTrailer(lines, removed);
    List<String> tocTitles = new ArrayList<>();
    Optional<String> tocDocumentTitle = Optional.empty();
    Map<String, Integer> repeats = repeatedKeys(lines);
    List<String> kept = new ArrayList<>();
    boolean inFence = false;
    for (String line : lines) {
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
      }
      if (inFence) {
        kept.add(line);
        continue;
      }
      Kind kind = Boilerplate.kindOf(line);
      if (kind == null) {
        Optional<TableOfContents.Entries> toc =
            TableOfContents.parse(PinyinAnnotations.strip(line));
        if (toc.isPresent()) {
          tocTitles.addAll(toc.get().titles());
          if (tocDocumentTitle.isEmpty()) {
            tocDocumentTitle = toc.get().documentTitle();
          }
          kind = Kind.TABLE_OF_CONTENTS;
        } else if (repeats.getOrDefault(repeatKey(line), 0) >= REPEATED_AT_LEAST) {
          kind = Kind.REPEATED;
        }
      }
      if (kind == null) {
        kept.add(line.stripTrailing());
      } else {
        removed.merge(kind, 1, Integer::sum);
        if (kind == Kind.PAGE_NUMBER || kind == Kind.PAGE_CAPTION) {
          kept.add(PAGE_BREAK);
        }
      }
    }
    return new Cleaned(List.copyOf(kept), List.copyOf(tocTitles), tocDocumentTitle, removed);
  }

  /** A title as readers should see it: no pinyin (if asked), no page caption, one line. */
  public static String cleanTitle(String title, boolean stripPinyin) {
    String text =
        (stripPinyin ? PinyinAnnotations.strip(title) : title).replaceFirst("^\\h*#+\\h+", "");
    text = Boilerplate.withoutCaption(text.replaceAll("\\s+", " "));
    return SectionTitles.undoubled(text.strip());
  }

  private static void cutTrailer(List<String> lines, Map<Kind, Integer> removed) {
    int total = lines.stream().mapToInt(l -> l.length() + 1).sum();
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (seen >= total * TRAILER_FROM && Boilerplate.startsTrailer(lines.get(i))) {
        int cut = lines.size() - i;
        lines.subList(i, lines.size()).clear();
        removed.put(Kind.TRAILER, cut);
        return;
      }
      seen += lines.get(i).length() + 1;
    }
  }

  private static Map<String, Integer> repeatedKeys(List<String> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (String line : lines) {
      String key = repeatKey(line);
      if (!key.isEmpty()) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * Page numbers inside a running header change from page to page; the rest does not. A label
   * ending in a colon ("關鍵要點：") introduces content however often it recurs.
   */
  private static String repeatKey(String line) {
    String stripped = line.strip();
    if (stripped.length() < 4
        || stripped.length() > MAX_REPEATED_LENGTH
        || stripped.startsWith("#")
        || stripped.startsWith("|")
        || stripped.startsWith("-")
        || stripped.startsWith("*")
        || stripped.endsWith(":")
        || stripped.endsWith("：")
        || Heading.of(stripped).isPresent()) {
      return "";
    }
    return DIGITS.matcher(Boilerplate.key(stripped)).replaceAll("#");
  }
}
