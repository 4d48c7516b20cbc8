package io.kbplatform.content.diff;

import io.kbplatform.content.diff.DiffSegment.Op;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * Compares two texts token by token (see {@link DiffTokenizer}): character-level for CJK,
 * word-level for English. Runs Myers' algorithm on what remains after the common prefix and suffix;
 * when that is too large or too different it diffs lines and then tokens within each changed block,
 * and beyond that reports the differing middle as one deletion and one insertion. Every comparison
 * is bounded in time and memory, whatever the input.
 */
public final class TextDiff {

  /** Most tokens (both sides together) given to one token-level comparison. */
  static final int MAX_TOKENS = 200_000;

  /** Most edits one Myers run looks for before giving up; bounds its memory to ~D²/2 ints. */
  static final int MAX_EDIT_DISTANCE = 2_000;

  /** Comparison steps shared by all Myers runs of one {@link #compare}: tens of milliseconds. */
  static final long MAX_WORK = 20_000_000L;

  private TextDiff() {}

  /**
   * The segments that turn {@code before} into {@code after}: the EQUAL and DELETE texts
   * concatenate to {@code before}, the EQUAL and INSERT texts to {@code after}. Adjacent segments
   * never share an op; identical texts give one EQUAL segment, and two empty texts none.
   */
  public static List<DiffSegment> compare(String before, String after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.equals(after)) {
      return before.isEmpty() ? List.of() : List.of(DiffSegment.equal(before));
    }
    Units a = Units.tokens(before);
    Units b = Units.tokens(after);
    int prefix = 0;
    while (prefix < a.count() && prefix < b.count() && a.sameUnit(prefix, b, prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.count() - prefix
        && suffix < b.count() - prefix
        && a.sameUnit(a.count() - 1 - suffix, b, b.count() - 1 - suffix)) {
      suffix++;
    }
    Units middleA = a.slice(prefix, a.count() - suffix);
    Units middleB = b.slice(prefix, b.count() - suffix);

    SegmentBuilder out = new SegmentBuilder();
    out.add(Op.EQUAL, before, 0, middleA.start(0));
    WorkBudget budget = new WorkBudget(MAX_WORK);
    if (!byTokens(middleA, middleB, out, budget) && !byLines(middleA, middleB, out, budget)) {
      replace(middleA, middleB, out);
    }
    out.add(Op.EQUAL, before, middleA.end(), before.length());
    return SemanticCleanup.apply(out.segments());
  }

  private static boolean byTokens(Units a, Units b, SegmentBuilder out, WorkBudget budget) {
    if (a.count() == 0 || b.count() == 0) {
      replace(a, b, out);
      return true;
    }
    if (a.count() + b.count() > MAX_TOKENS) {
      return false;
    }
    byte[] ops = myers(a, b, budget);
    if (ops == null) {
      return false;
    }
    walk(
        ops,
        a,
        b,
        (aStart, aEnd) -> out.add(Op.EQUAL, a.text(), aStart, aEnd),
        (aStart, aEnd, bStart, bEnd) -> {
          out.add(Op.DELETE, a.text(), aStart, aEnd);
          out.add(Op.INSERT, b.text(), bStart, bEnd);
        });
    return true;
  }

  /** Lines first, then tokens within each changed block of lines while the budget lasts. */
  private static boolean byLines(
      Units tokensA, Units tokensB, SegmentBuilder out, WorkBudget budget) {
    Units a = Units.lines(tokensA.text(), tokensA.start(0), tokensA.end());
    Units b = Units.lines(tokensB.text(), tokensB.start(0), tokensB.end());
    byte[] ops = myers(a, b, budget);
    if (ops == null) {
      return false;
    }
    walk(
        ops,
        a,
        b,
        (aStart, aEnd) -> out.add(Op.EQUAL, a.text(), aStart, aEnd),
        (aStart, aEnd, bStart, bEnd) -> {
          Units changedA = Units.tokens(a.text().substring(aStart, aEnd));
          Units changedB = Units.tokens(b.text().substring(bStart, bEnd));
          if (!byTokens(changedA, changedB, out, budget)) {
            replace(changedA, changedB, out);
          }
        });
    return true;
  }

  private static byte[] myers(Units a, Units b, WorkBudget budget) {
    HashMap<String, Integer> ids = new HashMap<>();
    return Myers.diff(a.ids(ids), b.ids(ids), MAX_EDIT_DISTANCE, budget);
  }

  private static void replace(Units a, Units b, SegmentBuilder out) {
    out.add(Op.DELETE, a.text(), a.start(0), a.end());
    out.add(Op.INSERT, b.text(), b.start(0), b.end());
  }

  private interface EqualRun {
    void accept(int aStart, int aEnd);
  }

  private interface ChangedRun {
    void accept(int aStart, int aEnd, int bStart, int bEnd);
  }

  /** Feeds each maximal run of equal units and each maximal run of edits, as char ranges. */
  private static void walk(byte[] ops, Units a, Units b, EqualRun equal, ChangedRun changed) {
    int i = 0;
    int j = 0;
    int p = 0;
    while (p < ops.length) {
      int i0 = i;
      int j0 = j;
      if (ops[p] == Myers.EQUAL) {
        while (p < ops.length && ops[p] == Myers.EQUAL) {
          p++;
          i++;
          j++;
        }
        equal.accept(a.start(i0), a.start(i));
      } else {
        while (p < ops.length && ops[p] != Myers.EQUAL) {
          if (ops[p++] == Myers.DELETE) {
            i++;
          } else {
            j++;
          }
        }
        changed.accept(a.start(i0), a.start(i), b.start(j0), b.start(j));
      }
    }
  }
}
