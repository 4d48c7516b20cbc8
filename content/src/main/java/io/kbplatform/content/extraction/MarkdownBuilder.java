package io.kbplatform.content.extraction;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.tika.exception.WriteLimitReachedException;

/**
 * Collects Markdown and plain text block by block, up to a limit of characters; past the limit it
 * keeps what fits, marks the result truncated and throws {@link WriteLimitReachedException} so that
 * the parser stops.
 */
final class MarkdownBuilder {

  private static final Pattern LEADING_MARKUP = Pattern.compile("^(#|>|[-+*] |\\d+[.)] )");

  private final int limit;
  private final boolean joinCjk;
  private final StringBuilder markdown = new StringBuilder();
  private final StringBuilder text = new StringBuilder();
  private String firstHeading;
  private boolean truncated;

  /**
   * @param limit characters of Markdown kept
   * @param joinCjk whether to remove spaces between CJK characters (PDF text)
   */
  MarkdownBuilder(int limit, boolean joinCjk) {
    this.limit = limit;
    this.joinCjk = joinCjk;
  }

  void heading(int level, String inline) throws WriteLimitReachedException {
    String content = clean(inline);
    if (content.isEmpty()) {
      return;
    }
    if (firstHeading == null) {
      firstHeading = content;
    }
    block("#".repeat(level) + " " + content + "\n\n", content);
  }

  void paragraph(String inline) throws WriteLimitReachedException {
    String content = clean(inline);
    if (!content.isEmpty()) {
      block(escapeLeading(content) + "\n\n", content);
    }
  }

  void listItem(int depth, String inline) throws WriteLimitReachedException {
    String content = clean(inline);
    if (!content.isEmpty()) {
      block("  ".repeat(Math.max(0, depth - 1)) + "- " + content + "\n", content);
    }
  }

  /** Ends a list with a blank line. */
  void endList() throws WriteLimitReachedException {
    int n = markdown.length();
    if (n > 0 && !(n >= 2 && markdown.charAt(n - 1) == '\n' && markdown.charAt(n - 2) == '\n')) {
      block("\n", "");
    }
  }

  void tableRow(List<String> cells, boolean first) throws WriteLimitReachedException {
    List<String> cleaned = cells.stream().map(c -> clean(c).replace("|", "\\|")).toList();
    if (cleaned.stream().allMatch(String::isEmpty)) {
      return;
    }
    StringBuilder row = new StringBuilder("| ").append(String.join(" | ", cleaned)).append(" |\n");
    if (first) {
      row.append("|").append(" --- |".repeat(cleaned.size())).append('\n');
    }
    block(row.toString(), String.join(" ", cleaned));
  }

  /** Preformatted text as a fenced code block, whitespace kept. */
  void code(String raw) throws WriteLimitReachedException {
    String content = raw.strip();
    if (!content.isEmpty()) {
      block("```\n" + content + "\n```\n\n", content);
    }
  }

  /** Checks an inline buffer that is still growing (one huge paragraph). */
  void checkInline(int length) throws WriteLimitReachedException {
    if (markdown.length() + length > limit) {
      truncated = true;
      throw new WriteLimitReachedException(limit);
    }
  }

  String markdown() {
    return markdown.toString().strip();
  }

  String text() {
    return CjkText.forIndex(text.toString());
  }

  String firstHeading() {
    return firstHeading;
  }

  boolean truncated() {
    return truncated;
  }

  private void block(String md, String plain) throws WriteLimitReachedException {
    if (markdown.length() + md.length() > limit) {
      int room = Math.max(0, limit - markdown.length());
      markdown.append(md, 0, room);
      text.append(plain, 0, Math.min(plain.length(), room)).append('\n');
      truncated = true;
      throw new WriteLimitReachedException(limit);
    }
    markdown.append(md);
    if (!plain.isEmpty()) {
      text.append(plain).append('\n');
    }
  }

  private String clean(String inline) {
    String collapsed = inline.replaceAll("\\s+", " ").strip();
    return joinCjk ? CjkText.joinCjkSpaces(collapsed) : collapsed;
  }

  private static String escapeLeading(String content) {
    return LEADING_MARKUP.matcher(content).find() ? "\\" + content : content;
  }
}
