package io.kbplatform.content.importing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a long extracted document into sections at its chapters, sections or slide groups: the
 * highest heading rank that occurs at least twice (Markdown headings, numbering such as {@code
 * 第一章}, {@code 一、}, {@code 1.1}, entries of the table of contents), else page and slide boundaries,
 * else paragraphs. Sections too small join their neighbours (a group of slides keeps its first
 * slide's title), sections too large are split at their own sub-headings or by length.
 */
public final class DocumentSplitter {

  private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?])");
  private static final int MAX_IMPLICIT_TITLE = 30;
  private static final int PARAGRAPH = 160;

  private final SectionSizes sizes;
  private final int maxTitleLength;

  public DocumentSplitter(SectionSizes sizes, int maxTitleLength) {
    this.sizes = sizes;
    this.maxTitleLength = maxTitleLength;
  }

  /**
   * Cleans and, if long enough and allowed, splits a document.
   *
   * @param markdown the extracted Markdown
   * @param extractedTitle the title extraction found (metadata, first heading or first line)
   * @param fileName the file's name, the title of last resort
   */
  public SplitDocument split(
      String markdown, String extractedTitle, String fileName, SplitOptions options) {
    DocumentCleaner.Cleaned cleaned = DocumentCleaner.clean(markdown, options.stripPinyin());
    List<String> lines = InlineHeadings.restore(cleaned.lines(), cleaned.tocTitles());
    String title =
        DocumentTitle.choose(extractedTitle, cleaned, lines, fileName, options.stripPinyin());
    title = SectionTitles.cap(title, maxTitleLength);
    String whole = render(lines);
    if (!options.split() || SectionSizes.measure(whole) < sizes.minDocument()) {
      return new SplitDocument(title, "", List.of(new Section(title, whole)), cleaned.summary());
    }
    List<Part> parts = partition(lines);
    String introduction = "";
    if (!parts.isEmpty() && parts.get(0).heading == null) {
      Part preamble = parts.get(0);
      if (preamble.size() < sizes.minSection() && parts.size() > 1) {
        introduction = render(preamble.lines);
        if (DocumentCleaner.cleanTitle(introduction.replaceFirst("^#+\\h*", ""), true)
            .equals(DocumentCleaner.cleanTitle(title, true))) {
          introduction = "";
        }
        parts.remove(0);
      }
    }
    List<Part> sized = new ArrayList<>();
    for (Part part : parts) {
      sized.addAll(refine(part));
    }
    List<Part> merged = merge(sized);
    if (merged.size() < 2) {
      return new SplitDocument(title, "", List.of(new Section(title, whole)), cleaned.summary());
    }
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < merged.size(); i++) {
      Part part = merged.get(i);
      String sectionTitle =
          SectionTitles.cap(
              part.title(options.stripPinyin()).orElse(title + " (" + (i + 1) + ")"),
              maxTitleLength);
      sections.add(new Section(sectionTitle, render(part.lines)));
    }
    return new SplitDocument(title, introduction, sections, cleaned.summary());
  }

  /** Parts at the highest heading rank seen twice, else at page breaks, else one part. */
  private List<Part> partition(List<String> lines) {
    List<Heading> headings = headings(lines);
    Optional<Integer> level = splitLevel(headings);
    List<Part> parts = new ArrayList<>();
    Part current = new Part(null);
    boolean byPages = level.isEmpty() && lines.contains(DocumentCleaner.PAGE_BREAK);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Heading heading = headings.get(i);
      boolean boundary =
          level.isPresent()
              ? heading != null && heading.level() <= level.get()
              : byPages && DocumentCleaner.PAGE_BREAK.equals(line);
      if (boundary) {
        if (!current.isEmpty()) {
          parts.add(current);
        }
        current = new Part(heading);
        if (heading != null) {
          continue;
        }
      }
      current.lines.add(line);
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }

  /** A part too long for one article: split at its own highest sub-heading, else by length. */
  private List<Part> refine(Part part) {
    if (part.size() <= sizes.maxSection()) {
      return List.of(part);
    }
    List<Heading> headings = headings(part.lines);
    Optional<Integer> level = splitLevel(headings);
    if (level.isPresent()) {
      List<Part> pieces = new ArrayList<>();
      Part current = new Part(part.heading);
      for (int i = 0; i < part.lines.size(); i++) {
        Heading heading = headings.get(i);
        if (heading != null && heading.level() <= level.get() && !current.isEmpty()) {
          pieces.add(current);
          current = new Part(heading);
          continue;
        }
        current.lines.add(part.lines.get(i));
      }
      pieces.add(current);
      if (pieces.size() > 1) {
        List<Part> refined = new ArrayList<>();
        for (Part piece : pieces) {
          refined.addAll(refine(piece));
        }
        return refined;
      }
    }
    return byLength(part);
  }

  /** Cuts at line ends (and inside long lines at sentence ends) near the target size. */
  private List<Part> byLength(Part part) {
    List<String> pieces = new ArrayList<>();
    for (String line : part.lines) {
      if (SectionSizes.measure(line) > sizes.target()) {
        pieces.addAll(sentenceRuns(line));
      } else {
        pieces.add(line);
      }
    }
    List<Part> result = new ArrayList<>();
    Part current = new Part(part.heading);
    int size = 0;
    for (String piece : pieces) {
      int pieceSize = SectionSizes.measure(piece);
      boolean full = size + pieceSize > sizes.target() && size >= sizes.minSection();
      boolean goodCut = size >= sizes.target() / 2 && implicitTitle(piece).isPresent();
      if (full || goodCut) {
        result.add(current);
        Part next = new Part(null);
        next.continues = part.heading;
        next.piece = current.piece + 1;
        current = next;
        size = 0;
      }
      current.lines.add(piece);
      size += pieceSize;
    }
    result.add(current);
    return result;
  }

  private List<String> sentenceRuns(String line) {
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (String sentence : SENTENCE_END.split(line)) {
      if (run.length() > 0 && SectionSizes.measure(run) + sentence.length() > sizes.target() / 2) {
        runs.add(run.toString());
        run.setLength(0);
      }
      run.append(sentence);
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    return runs;
  }

  /**
   * Tiny parts join the next one (the group keeps the first title); a tiny last one the previous.
   */
  private List<Part> merge(List<Part> parts) {
    List<Part> result = new ArrayList<>();
    Part group = null;
    for (Part part : parts) {
      if (group == null) {
        group = part;
      } else if (group.size() < sizes.minSection()
          && group.size() + part.size() <= sizes.maxSection()) {
        group.absorb(part);
      } else {
        result.add(group);
        group = part;
      }
    }
    if (group != null) {
      if (group.size() < sizes.minSection() && !result.isEmpty()) {
        Part previous = result.get(result.size() - 1);
        if (previous.size() + group.size() <= sizes.maxSection()) {
          previous.absorb(group);
        } else {
          result.add(group);
        }
      } else {
        result.add(group);
      }
    }
    return result;
  }

  private static List<Heading> headings(List<String> lines) {
    List<Heading> headings = new ArrayList<>();
    boolean fenced = false;
    for (String line : lines) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
      }
      headings.add(fenced ? null : Heading.of(line).orElse(null));
    }
    return headings;
  }

  private static Optional<Integer> splitLevel(List<Heading> headings) {
    for (int level = 1; level <= 6; level++) {
      int at = level;
      long count = headings.stream().filter(h -> h != null && h.level() <= at).count();
      if (count >= 2) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  static Optional<String> implicitTitle(String line) {
    String text = line.strip();
    if (text.isEmpty()
        || text.length() > MAX_IMPLICIT_TITLE
        || text.startsWith("|")
        || text.startsWith("-")
        || text.startsWith("*")
        || text.startsWith("·")
        || text.matches(".*[。；;，,！!？?：:、]$")) {
      return Optional.empty();
    }
    return Optional.of(text.replaceFirst("^#+\\h*", ""));
  }

  static String render(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      if (DocumentCleaner.PAGE_BREAK.equals(line)) {
        continue;
      }
      if (line.length() > InlineHeadings.LONG_LINE && !line.startsWith("|")) {
        out.append('\n').append(paragraphs(line)).append("\n\n");
      } else {
        out.append(line).append('\n');
      }
    }
    return BLANK_RUNS.matcher(out).replaceAll("\n\n").strip();
  }

  /** A line that lost its paragraph breaks, in paragraphs of a few sentences. */
  private static String paragraphs(String line) {
    StringBuilder out = new StringBuilder();
    int paragraph = 0;
    for (String sentence : SENTENCE_END.split(line)) {
      if (paragraph >= PARAGRAPH && sentence.length() > 1) {
        out.append("\n\n");
        paragraph = 0;
      }
      out.append(sentence);
      paragraph += sentence.length();
    }
    return out.toString();
  }
}
