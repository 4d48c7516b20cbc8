package io.kbplatform.search.index;

import java.util.regex.Pattern;

/**
 * Turns Markdown into the plain text that is indexed and highlighted: markup goes, words stay, and
 * spaces that PDF-style extraction leaves between Chinese characters are closed up.
 */
public final class MarkdownText {

  private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~).*$");
  // Every pattern runs in linear time on hostile input: bounded, newline-limited scans only.
  private static final Pattern IMAGE =
      Pattern.compile("!\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,2000}\\)");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,2000}\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]*");
  private static final Pattern QUOTE = Pattern.compile("(?m)^[ \\t]*>[ \\t]?");
  private static final Pattern BULLET = Pattern.compile("(?m)^[ \\t]*([-*+]|\\d+[.)])[ \\t]+");
  private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*([-*_][ \\t]*){3,}$");
  private static final Pattern MARKS = Pattern.compile("\\*+|~~|`+");
  private static final Pattern UNDERSCORES =
      Pattern.compile("(?<![\\p{L}\\p{N}_])(_{1,2})([^_\\n]{1,500})\\1(?![\\p{L}\\p{N}_])");
  private static final Pattern TABLE_PIPE =
      Pattern.compile("(?m)^[ \\t]*\\|?([ \\t]*:?-+:?[ \\t]*\\|)+[ \\t]*$|\\|");
  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=[\\p{IsHan}，。！？、；：])[ \\t]+(?=[\\p{IsHan}，。！？、；：])");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private MarkdownText() {}

  public static String plain(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return "";
    }
    String text = markdown.replace("\r\n", "\n");
    text = FENCE.matcher(text).replaceAll("");
    text = IMAGE.matcher(text).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    text = RULE.matcher(text).replaceAll("");
    text = HEADING.matcher(text).replaceAll("");
    text = QUOTE.matcher(text).replaceAll("");
    text = BULLET.matcher(text).replaceAll("");
    text = TABLE_PIPE.matcher(text).replaceAll(" ");
    text = MARKS.matcher(text).replaceAll("");
    text = UNDERSCORES.matcher(text).replaceAll("$2");
    text = CJK_GAP.matcher(text).replaceAll("");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }
}
