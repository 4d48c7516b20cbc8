package io.kbplatform.content.diff;

import java.util.Arrays;

/**
 * Myers' O(ND) shortest edit script between two sequences of symbol ids, giving up (returning
 * {@code null}) when the edit distance exceeds a limit or the work budget runs out. Memory is
 * O(D²/2) for the kept frontiers, so the distance limit also bounds memory.
 */
final class Myers {

  static final byte EQUAL = 0;
  static final byte DELETE = 1;
  static final byte INSERT = 2;

  private Myers() {}

  /**
   * One op per step in order: {@link #EQUAL} consumes one symbol of each side, {@link #DELETE} one
   * of {@code a}, {@link #INSERT} one of {@code b}; {@code null} when over a limit.
   */
  static byte[] diff(int[] a, int[] b, int maxDistance, WorkBudget budget) {
    int n = a.length;
    int m = b.length;
    int limit = Math.min(maxDistance, n + m);
    int offset = limit + 1;
    int[] v = new int[2 * limit + 3];
    Arrays.fill(v, -1);
    int[][] frontiers = new int[limit + 1][];
    for (int d = 0; d <= limit; d++) {
      if (!budget.spend(d + 1L)) {
        return null;
      }
      for (int k = -d; k <= d; k += 2) {
        int x = moveEnd(v, offset, d, k, n, m);
        if (x >= 0) {
          int y = x - k;
          int start = x;
          while (x < n && y < m && a[x] == b[y]) {
            x++;
            y++;
          }
          if (!budget.spend(x - start)) {
            return null;
          }
          if (x == n && y == m) {
            return backtrack(n, m, d, frontiers);
          }
        }
        v[offset + k] = x;
      }
      int[] frontier = new int[d + 1];
      for (int k = -d; k <= d; k += 2) {
        frontier[(k + d) / 2] = v[offset + k];
      }
      frontiers[d] = frontier;
    }
    return null;
  }

  /** Furthest x on a diagonal after d-1 edits, or -1 if it was not reached or not yet in range. */
  private static int at(int[] v, int offset, int d, int diagonal) {
    return Math.abs(diagonal) <= d - 1 ? v[offset + diagonal] : -1;
  }

  /** The same, read from a kept frontier that holds every second diagonal of -(d-1)..d-1. */
  private static int stored(int[] frontier, int d, int diagonal) {
    return Math.abs(diagonal) <= d - 1 ? frontier[(diagonal + d - 1) / 2] : -1;
  }

  /**
   * Where the d-th edit on diagonal {@code k} lands, before its snake, or -1 if no edit stays in
   * bounds: down from diagonal k+1 (an insert) or right from k-1 (a delete), whichever goes
   * further.
   */
  private static int moveEnd(int[] v, int offset, int d, int k, int n, int m) {
    if (d == 0) {
      return 0;
    }
    return Math.max(down(at(v, offset, d, k + 1), k, m), right(at(v, offset, d, k - 1), n));
  }

  private static int down(int xAbove, int k, int m) {
    return xAbove >= 0 && xAbove - k <= m ? xAbove : -1;
  }

  private static int right(int xLeft, int n) {
    return xLeft >= 0 && xLeft + 1 <= n ? xLeft + 1 : -1;
  }

  private static byte[] backtrack(int n, int m, int distance, int[][] frontiers) {
    byte[] ops = new byte[distance + (n + m - distance) / 2];
    int pos = ops.length;
    int x = n;
    int y = m;
    for (int d = distance; d > 0; d--) {
      int[] frontier = frontiers[d - 1];
      int k = x - y;
      int down = down(stored(frontier, d, k + 1), k, m);
      int landing = Math.max(down, right(stored(frontier, d, k - 1), n));
      while (x > landing) {
        ops[--pos] = EQUAL;
        x--;
        y--;
      }
      if (down >= 0 && down == landing) {
        ops[--pos] = INSERT;
        y--;
      } else {
        ops[--pos] = DELETE;
        x--;
      }
    }
    while (x > 0) {
      ops[--pos] = EQUAL;
      x--;
    }
    return ops;
  }
}
