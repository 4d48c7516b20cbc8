package io.kbplatform.search.query;

/** Small text helpers for snippets that did not come from the highlighter. */
final class Snippets {

  private Snippets() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  static String cut(String text, int length) {
    if (text == null) {
      return "";
    }
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }
}
