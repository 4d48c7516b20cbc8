package io.kbplatform.content.diff;

import java.util.Arrays;
import java.util.Map;

/**
 * A run of consecutive units (tokens or lines) of a text: unit {@code i} spans {@code
 * text.substring(start(i), start(i + 1))}.
 */
record Units(String text, int[] bounds, int from, int to) {

  static Units tokens(String text) {
    int[] bounds = DiffTokenizer.boundaries(text);
    return new Units(text, bounds, 0, bounds.length - 1);
  }

  /** The lines of {@code text} between two offsets, each with its newline. */
  static Units lines(String text, int start, int end) {
    int[] bounds = new int[16];
    int count = 0;
    int lineStart = start;
    while (lineStart < end) {
      if (count == bounds.length - 1) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[count++] = lineStart;
      int newline = text.indexOf('\n', lineStart);
      lineStart = newline < 0 || newline >= end ? end : newline + 1;
    }
    bounds[count] = end;
    return new Units(text, Arrays.copyOf(bounds, count + 1), 0, count);
  }

  int count() {
    return to - from;
  }

  /** Char offset where unit {@code i} starts; {@code start(count())} is where the run ends. */
  int start(int i) {
    return bounds[from + i];
  }

  int end() {
    return start(count());
  }

  boolean sameUnit(int i, Units other, int j) {
    int length = start(i + 1) - start(i);
    return length == other.start(j + 1) - other.start(j)
        && text.regionMatches(start(i), other.text, other.start(j), length);
  }

  /** Each unit as a small integer, equal units (across texts sharing {@code ids}) equal ids. */
  int[] ids(Map<String, Integer> ids) {
    int[] result = new int[count()];
    for (int i = 0; i < result.length; i++) {
      String unit = text.substring(start(i), start(i + 1));
      result[i] = ids.computeIfAbsent(unit, u -> ids.size());
    }
    return result;
  }

  Units slice(int fromUnit, int toUnit) {
    return new Units(text, bounds, from + fromUnit, from + toUnit);
  }
}
