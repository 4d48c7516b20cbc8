package io.kbplatform.content.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.kbplatform.content.diff.DiffSegment.Op;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDiffPropertyTest {

  private static final String[] PIECES = {
    "客", "户", "退", "款", "很", "满", "意", "滿", "，", "。", "ひ", "カ", "한", "the", "quick", "fox", "don't",
    "VIP", "42", " ", "  ", "\n", "#", "*", "-", "😀", "👍🏽", "𠮷", "e\u0301", "'", "\t"
  };

  @Test
  void segmentsRebuildBothTextsForRandomMixedStrings() {
    Random random = new Random(20_261_101L);
    for (int round = 0; round < 400; round++) {
      String before = randomText(random, random.nextInt(60));
      String after = random.nextBoolean() ? mutate(random, before) : randomText(random, 40);

      List<DiffSegment> diff = TextDiff.compare(before, after);

      assertEquals(before, rebuild(diff, Op.DELETE), () -> "before of " + before + " → " + after);
      assertEquals(after, rebuild(diff, Op.INSERT), () -> "after of " + before + " → " + after);
      for (int i = 0; i < diff.size(); i++) {
        String text = diff.get(i).text();
        assertFalse(Character.isLowSurrogate(text.charAt(0)), "split surrogate pair");
        assertFalse(Character.isHighSurrogate(text.charAt(text.length() - 1)), "split pair");
        if (i > 0) {
          assertNotEquals(diff.get(i - 1).op(), diff.get(i).op(), "adjacent segments merged");
        }
      }
    }
  }

  static String rebuild(List<DiffSegment> diff, Op side) {
    StringBuilder text = new StringBuilder();
    diff.stream()
        .filter(segment -> segment.op() == Op.EQUAL || segment.op() == side)
        .forEach(segment -> text.append(segment.text()));
    return text.toString();
  }

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static String mutate(Random random, String text) {
    StringBuilder result = new StringBuilder(text);
    int edits = 1 + random.nextInt(5);
    for (int i = 0; i < edits; i++) {
      int at =
          result.offsetByCodePoints(
              0, random.nextInt(result.codePointCount(0, result.length()) + 1));
      if (random.nextBoolean() && at < result.length()) {
        result.delete(at, result.offsetByCodePoints(at, 1));
      } else {
        result.insert(at, PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return result.toString();
  }
}
