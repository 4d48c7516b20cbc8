package io.kbplatform.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain text of an HTML-escaped snippet with {@code <mark>} tags, and which of its characters
 * were marked: what {@link Passages} cuts and marks again.
 */
record MarkedText(String text, boolean[] marked) {

  /** Reads an HTML-escaped snippet with {@code <mark>} tags into its text and marked characters. */
  static MarkedText parse(String snippet) {
    StringBuilder text = new StringBuilder(snippet.length());
    List<Boolean> marked = new ArrayList<>(snippet.length());
    boolean inMark = false;
    int n = snippet.length();
    for (int i = 0; i < n; i++) {
      char c = snippet.charAt(i);
      if (snippet.startsWith("<mark>", i)) {
        inMark = true;
        i += "<mark>".length() - 1;
      } else if (snippet.startsWith("</mark>", i)) {
        inMark = false;
        i += "</mark>".length() - 1;
      } else if (c == '&') {
        int semi = snippet.indexOf(';', i);
        String entity = semi > i && semi - i <= 8 ? snippet.substring(i + 1, semi) : "";
        int decoded = decode(entity);
        if (decoded < 0) {
          text.append(c);
          marked.add(inMark);
        } else {
          text.append((char) decoded);
          marked.add(inMark);
          i = semi;
        }
      } else {
        text.append(c);
        marked.add(inMark);
      }
    }
    boolean[] flags = new boolean[marked.size()];
    for (int k = 0; k < flags.length; k++) {
      flags[k] = marked.get(k);
    }
    return new MarkedText(text.toString(), flags);
  }

  private static int decode(String entity) {
    switch (entity) {
      case "amp":
        return '&';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        break;
    }
    try {
      int code = -1;
      if (entity.startsWith("#x") || entity.startsWith("#X")) {
        code = Integer.parseInt(entity.substring(2), 16);
      } else if (entity.startsWith("#")) {
        code = Integer.parseInt(entity.substring(1));
      }
      return code > Character.MAX_VALUE ? -1 : code;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Whether any character is marked. */
  boolean anyMarked() {
    for (boolean m : marked) {
      if (m) {
        return true;
      }
    }
    return false;
  }
}
