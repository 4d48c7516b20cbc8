package io.kbplatform.content.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MyersTest {

  @Test
  void findsAShortestEditScript() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      int[] a = randomSymbols(random, random.nextInt(30));
      int[] b = randomSymbols(random, random.nextInt(30));

      byte[] ops = Myers.diff(a, b, 1_000, new WorkBudget(Long.MAX_VALUE));

      int i = 0;
      int j = 0;
      int edits = 0;
      for (byte op : ops) {
        switch (op) {
          case Myers.EQUAL -> assertEquals(a[i++], b[j++]);
          case Myers.DELETE -> {
            i++;
            edits++;
          }
          default -> {
            j++;
            edits++;
          }
        }
      }
      assertEquals(a.length, i);
      assertEquals(b.length, j);
      assertEquals(a.length + b.length - 2 * longestCommonSubsequence(a, b), edits);
    }
  }

  @Test
  void givesUpBeyondTheEditDistanceOrTheBudget() {
    int[] a = {1, 2, 3, 4, 5, 6};
    int[] b = {7, 8, 9, 10, 11, 12};
    assertNull(Myers.diff(a, b, 11, new WorkBudget(Long.MAX_VALUE)));
    assertNull(Myers.diff(a, b, 12, new WorkBudget(10)));
    assertEquals(12, Myers.diff(a, b, 12, new WorkBudget(Long.MAX_VALUE)).length);
  }

  private static int[] randomSymbols(Random random, int length) {
    int[] symbols = new int[length];
    for (int i = 0; i < length; i++) {
      symbols[i] = random.nextInt(4);
    }
    return symbols;
  }

  private static int longestCommonSubsequence(int[] a, int[] b) {
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        lcs[i][j] =
            a[i - 1] == b[j - 1] ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
      }
    }
    return lcs[a.length][b.length];
  }
}
