package io.kbplatform.devtools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Markdown file with a small front matter of {@code key: value} lines between {@code ---} lines:
 *
 * <pre>
 * ---
 * title: 退款到账时间说明
 * tags: [退款, refund]
 * template: FAQ
 * category: 退款与退货
 * ---
 * The Markdown body…
 * </pre>
 *
 * Tags are a bracketed or plain comma-separated list; unknown keys are kept in {@link #fields()}.
 */
public record FrontMatter(Map<String, String> fields, String body) {

  private static final String FENCE = "---";

  /** Splits a file's text into its front matter and body; fails without a title. */
  public static FrontMatter parse(String text) {
    String normalised = text.replace("\r\n", "\n");
    if (normalised.startsWith("\uFEFF")) {
      normalised = normalised.substring(1);
    }
    if (!normalised.startsWith(FENCE + "\n")) {
      throw new IllegalArgumentException("no front matter: the file must start with ---");
    }
    int end = normalised.indexOf("\n" + FENCE, FENCE.length());
    if (end < 0) {
      throw new IllegalArgumentException("the front matter is not closed with ---");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : normalised.substring(FENCE.length() + 1, end).split("\n")) {
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("front matter line is not 'key: value': " + line);
      }
      String value = unquote(line.substring(colon + 1));
      if (!value.isEmpty()) {
        fields.put(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), value);
      }
    }
    int bodyStart = normalised.indexOf('\n', end + 1);
    String body = bodyStart < 0 ? "" : normalised.substring(bodyStart + 1).strip();
    FrontMatter matter = new FrontMatter(Map.copyOf(fields), body);
    if (matter.title() == null) {
      throw new IllegalArgumentException("the front matter has no title");
    }
    return matter;
  }

  public String title() {
    return fields.get("title");
  }

  public String template() {
    return fields.get("template");
  }

  public String category() {
    return fields.get("category");
  }

  public List<String> tags() {
    String value = fields.get("tags");
    if (value == null) {
      return List.of();
    }
    String list = value.strip();
    if (list.startsWith("[") && list.endsWith("]")) {
      list = list.substring(1, list.length() - 1);
    }
    List<String> tags = new ArrayList<>();
    for (String tag : list.split("[,，]")) {
      String clean = unquote(tag);
      if (!clean.isEmpty() && !tags.contains(clean)) {
        tags.add(clean);
      }
    }
    return tags;
  }

  private static String unquote(String value) {
    String v = value.strip();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      v = v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
