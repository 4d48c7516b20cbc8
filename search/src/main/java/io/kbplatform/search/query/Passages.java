package io.kbplatform.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The passage of a hit that answers the query: whole sentences (cut at 。！？；!?; a full stop before a
 * space, or a line break), the one with most of the query's words and, when it is short, the
 * sentences after it in its paragraph; never a heading alone (a heading gives way to the text under
 * it), a table row with its cells kept apart. Marked with {@code <mark>} around the query's words,
 * HTML-escaped otherwise.
 *
 * <p>A keyword hit's passage comes from Elasticsearch's best highlighted fragment (its marks kept);
 * a hit found by meaning, or a fragment Elasticsearch left unmarked, is marked here with {@link
 * QueryTerms}. A passage of a hit found by meaning may have no mark at all: none of the query's
 * words need be in it.
 */
final class Passages {

  /**
   * A passage narrower than this takes the following sentence of its paragraph too (in display
   * width: a Chinese character counts two, so twelve characters or 24 letters).
   */
  static final int SHORT = 24;

  /** A passage is not lengthened beyond this. */
  static final int LONG = 240;

  /** A line at most this long, without an end mark and followed by text, is a heading. */
  static final int HEADING = 40;

  private static final String ENDS = "。！？；!?;…";
  private static final String CLOSERS = "”’」』）)》】\"'";

  private Passages() {}

  /**
   * The passage of a snippet, HTML-escaped with {@code <mark>} tags (as Elasticsearch and {@link
   * SemanticHits} make them); empty for an empty snippet.
   */
  static String of(String snippet, QueryTerms terms) {
    if (snippet == null || snippet.isBlank()) {
      return "";
    }
    MarkedText text = MarkedText.parse(snippet);
    if (!text.anyMarked()) {
      terms.mark(text.text(), text.marked());
    }
    return passage(text.text(), text.marked());
  }

  /** The best sentences of a plain text whose marked characters are given. */
  static String passage(String text, boolean[] marked) {
    List<Span> spans = sentences(text);
    if (spans.isEmpty()) {
      return "";
    }
    int best = -1;
    int bestScore = 0;
    for (int i = 0; i < spans.size(); i++) {
      int score = spans.get(i).marks(marked);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    int first = best < 0 ? 0 : best;
    // A heading (or a run of them) gives way to the text under it.
    int content = first;
    while (content < spans.size() && isHeading(spans, content, text)) {
      content++;
    }
    if (content == spans.size()) {
      content = first;
    }
    int last = content;
    while (last + 1 < spans.size()
        && width(text, spans.get(content).start, spans.get(last).end) < SHORT
        && spans.get(last + 1).end - spans.get(content).start <= LONG
        && !paragraphBreak(text, spans.get(last).end, spans.get(last + 1).start)
        && !isHeading(spans, last + 1, text)) {
      last++;
    }
    return render(text, marked, spans.get(content).start, spans.get(last).end);
  }

  /** The sentences of a text, in order, each without the white space around it. */
  static List<Span> sentences(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(spans, text, start, i, true);
        start = i + 1;
      } else if (ENDS.indexOf(c) >= 0
          || (c == '.' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1))))) {
        int j = i + 1;
        while (j < n && CLOSERS.indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        boolean lineEnd = j == n || text.charAt(j) == '\n';
        add(spans, text, start, j, lineEnd);
        start = j;
        i = j - 1;
      }
    }
    add(spans, text, start, n, true);
    return spans;
  }

  /**
   * A whole short line without an end mark, followed by more text, whose words are not a table
   * row's cells.
   */
  private static boolean isHeading(List<Span> spans, int i, String text) {
    Span span = spans.get(i);
    if (i + 1 == spans.size() || !span.wholeLine || span.end - span.start > HEADING) {
      return false;
    }
    char last = text.charAt(span.end - 1);
    String line = text.substring(span.start, span.end);
    return ENDS.indexOf(last) < 0
        && CLOSERS.indexOf(last) < 0
        && last != '.'
        && last != ':'
        && last != '：'
        && !line.matches(".*\\S[ \\t]{2,}\\S.*");
  }

  private static int width(String text, int start, int end) {
    int width = 0;
    for (int i = start; i < end; i++) {
      width += QueryTerms.isHan(text.charAt(i)) ? 2 : 1;
    }
    return width;
  }

  private static boolean paragraphBreak(String text, int from, int to) {
    return text.substring(from, to).chars().filter(c -> c == '\n').count() >= 2;
  }

  private static void add(List<Span> spans, String text, int start, int end, boolean lineEnd) {
    boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      spans.add(new Span(start, end, lineStart && lineEnd));
    }
  }

  /**
   * The text between two places, HTML-escaped, the marked runs in {@code <mark>}, line breaks kept
   * single and the cells of a table row (runs of spaces inside a line) set apart by " | ".
   */
  private static String render(String text, boolean[] marked, int start, int end) {
    StringBuilder out = new StringBuilder((end - start) + 32);
    boolean open = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        int j = i;
        while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        boolean insideLine = j < end && text.charAt(j) != '\n' && text.charAt(i - 1) != '\n';
        if (!insideLine) {
          i = j - 1;
          continue;
        }
        if (j - i >= 2) {
          open = close(out, open);
          out.append(" | ");
          i = j - 1;
          continue;
        }
      }
      if (c == '\n') {
        open = close(out, open);
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        continue;
      }
      if (marked[i] && !open) {
        out.append("<mark>");
        open = true;
      } else if (!marked[i] && open) {
        open = close(out, true);
      }
      out.append(SemanticHits.escape(String.valueOf(c)));
    }
    close(out, open);
    return out.toString().strip();
  }

  private static boolean close(StringBuilder out, boolean open) {
    if (open) {
      out.append("</mark>");
    }
    return false;
  }

  /** One sentence: where it starts and ends in the text, and whether it is a line of its own. */
  record Span(int start, int end, boolean wholeLine) {

    /** How many of its characters are marked. */
    int marks(boolean[] marked) {
      int count = 0;
      for (int i = start; i < end; i++) {
        count += marked[i] ? 1 : 0;
      }
      return count;
    }
  }
}
