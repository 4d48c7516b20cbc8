package io.kbplatform.content.diff;

import java.util.Locale;
import java.util.Objects;

/**
 * One run of text that is unchanged, inserted or deleted between two versions.
 *
 * @param op what happened to the text
 * @param text the text itself, never empty
 */
public record DiffSegment(Op op, String text) {

  /** What happened to a segment's text. */
  public enum Op {
    EQUAL,
    INSERT,
    DELETE;

    /** The name used on the wire, e.g. {@code "insert"} in {@code {"op":"insert","text":…}}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DiffSegment {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a diff segment has text");
    }
  }

  public static DiffSegment equal(String text) {
    return new DiffSegment(Op.EQUAL, text);
  }

  public static DiffSegment insert(String text) {
    return new DiffSegment(Op.INSERT, text);
  }

  public static DiffSegment delete(String text) {
    return new DiffSegment(Op.DELETE, text);
  }
}
