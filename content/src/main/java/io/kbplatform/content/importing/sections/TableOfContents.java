package io.kbplatform.content.importing.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table-of-contents lines: one entry with dot leaders ({@code 第一章 概述 ........ 3}), or several
 * entries run together as scraped text flattens them ({@code 一、引言 2簡述… 2二、原則 5}). Readers do not
 * need them, but their entries are the document's real headings, which help find the headings in
 * text that lost its line breaks.
 */
final class TableOfContents {

  private static final Pattern LEADERS =
      Pattern.compile("^(.{2,80}?)\\h*(?:[.．·…_‥⋯]\\h?){3,}\\h*\\d{1,4}$");
  private static final Pattern RUN_ON_ENTRY = Pattern.compile("(.{2,80}?)\\h(\\d{1,3})(?=\\D|$)");
  private static final Pattern PAGE_MARK = Pattern.compile("^.*第\\d{1,4}[页頁]");
  private static final Pattern PAGE_COUNTER = Pattern.compile("^\\d{1,4}[/／]\\d{1,4}");
  private static final Pattern FIRST_NUMBERED =
      Pattern.compile("第" + Heading.NUMBER + "(?:章|篇|部分|节|節)|" + Heading.CHINESE_NUMBER + "、");
  private static final int MIN_RUN_ON_ENTRIES = 3;
  private static final Pattern HEADING =
      Pattern.compile("^(?:#+\\h*)?(?:目\\h*[录錄]|(?i:contents|table of contents))$");

  /**
   * @param titles the entries in order, page numbers removed
   * @param documentTitle what precedes the first entry on a run-on line, often the document's title
   */
  record Entries(List<String> titles, Optional<String> documentTitle) {}

  private TableOfContents() {}

  /** The entries of this line if it is a table of contents, else empty. */
  static Optional<Entries> parse(String line) {
    String text = line.strip();
    if (HEADING.matcher(text).matches()) {
      return Optional.of(new Entries(List.of(), Optional.empty()));
    }
    Matcher leaders = LEADERS.matcher(text);
    if (leaders.matches()) {
      return Optional.of(new Entries(List.of(leaders.group(1).strip()), Optional.empty()));
    }
    return runOn(text);
  }

  private static Optional<Entries> runOn(String text) {
    Matcher entry = RUN_ON_ENTRY.matcher(text);
    List<String> titles = new ArrayList<>();
    int lastPage = 0;
    int end = 0;
    int decreasing = 0;
    while (entry.find()) {
      if (entry.start() != end) {
        return Optional.empty();
      }
      titles.add(entry.group(1).strip());
      int page = Integer.parseInt(entry.group(2));
      if (page < lastPage) {
        decreasing++;
      }
      lastPage = page;
      end = entry.end();
    }
    boolean tail = text.substring(end).strip().isEmpty();
    if (titles.size() < MIN_RUN_ON_ENTRIES || !tail || decreasing > titles.size() / 4) {
      return Optional.empty();
    }
    if (titles.stream().anyMatch(t -> t.contains("。"))) {
      return Optional.empty();
    }
    String first = titles.get(0);
    Optional<String> documentTitle = Optional.empty();
    Matcher numbered = FIRST_NUMBERED.matcher(first);
    Matcher pageMark = PAGE_MARK.matcher(first);
    if (numbered.find() && numbered.start() > 0) {
      documentTitle = Optional.of(first.substring(0, numbered.start()));
      titles.set(0, first.substring(numbered.start()));
    } else if (pageMark.find()) {
      documentTitle = Optional.of(first.substring(0, pageMark.end()));
      titles.set(0, first.substring(pageMark.end()));
    }
    documentTitle =
        documentTitle
            .map(t -> PAGE_COUNTER.matcher(t.strip()).replaceAll(""))
            .map(t -> t.replaceAll("第\\d{1,4}[页頁]$", "").strip())
            .filter(t -> !t.isEmpty());
    String title = documentTitle.orElse("");
    titles.removeIf(t -> t.equals(title));
    return Optional.of(new Entries(List.copyOf(titles), documentTitle));
  }
}
