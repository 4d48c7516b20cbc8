package io.kbplatform.content.importing.sections;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts a part of a document, with its rank: 1 for chapters ({@code # …}, {@code 第一章},
 * {@code 第一部分}, {@code Chapter 1}), 2 for sections ({@code ## …}, {@code 第一節}, {@code 一、}), 3 for
 * {@code ### …}, {@code （一）} and {@code 1.}, 4 for {@code 1.1}, deeper Markdown headings below.
 * Numbered lines count only when short, as a numbered sentence is a list item.
 *
 * @param level the rank, 1 the highest
 * @param text the heading as readers see it, Markdown marks removed
 */
public record Heading(int level, String text) {

  static final String CHINESE_NUMBER = "[一二三四五六七八九十百零〇两兩]{1,4}";
  static final String NUMBER = "(?:" + CHINESE_NUMBER + "|\\d{1,3})";

  private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\h+(.+?)[\\h#]*$");
  private static final Pattern CHAPTER =
      Pattern.compile("^第" + NUMBER + "(?:章|篇|部分|编|編|卷)(?![一-龥]{0,2}[，。,])");
  private static final Pattern SUBCHAPTER =
      Pattern.compile("^第" + NUMBER + "(?:节|節|讲|講|课|課|单元|單元|模块|模塊|单元)");
  private static final Pattern ENGLISH_CHAPTER =
      Pattern.compile("^(?i:chapter|part|unit|module)\\h+(?:\\d{1,3}|[IVX]{1,5})\\b");
  private static final Pattern CHINESE_ENUMERATION =
      Pattern.compile("^" + CHINESE_NUMBER + "[、.．]");
  private static final Pattern BRACKETED = Pattern.compile("^[（(]" + CHINESE_NUMBER + "[)）]");
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.．、](?!\\d)\\h*\\S");
  private static final Pattern DECIMAL =
      Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?\\h*\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("[。；;，,！!？?：:]$");
  private static final Pattern INNER_PUNCTUATION = Pattern.compile("[。；;，,！!？?]");

  private static final int MAX_CHAPTER_LENGTH = 60;
  private static final int MAX_NUMBERED_LENGTH = 40;

  /** The heading this line is, if any. */
  public static Optional<Heading> of(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Matcher markdown = MARKDOWN.matcher(text);
    if (markdown.matches()) {
      return Optional.of(new Heading(markdown.group(1).length(), plain(markdown.group(2))));
    }
    if (text.length() <= MAX_CHAPTER_LENGTH && !SENTENCE_END.matcher(text).find()) {
      if (CHAPTER.matcher(text).find() || ENGLISH_CHAPTER.matcher(text).find()) {
        return Optional.of(new Heading(1, plain(text)));
      }
      if (SUBCHAPTER.matcher(text).find()) {
        return Optional.of(new Heading(2, plain(text)));
      }
    }
    if (text.length() > MAX_NUMBERED_LENGTH
        || SENTENCE_END.matcher(text).find()
        || INNER_PUNCTUATION.matcher(text).find()) {
      return Optional.empty();
    }
    if (CHINESE_ENUMERATION.matcher(text).find()) {
      return Optional.of(new Heading(2, plain(text)));
    }
    if (BRACKETED.matcher(text).find() || NUMBERED.matcher(text).find()) {
      return Optional.of(new Heading(3, plain(text)));
    }
    if (DECIMAL.matcher(text).find()) {
      return Optional.of(new Heading(4, plain(text)));
    }
    return Optional.empty();
  }

  /** The line as a Markdown heading of this level, for the body of a section. */
  String markdown(int asLevel) {
    return "#".repeat(Math.max(1, Math.min(6, asLevel))) + " " + text;
  }

  private static String plain(String text) {
    return text.replace("**", "").replace("__", "").replace("`", "").strip();
  }
}
