package io.kbplatform.content.diff;

import io.kbplatform.content.diff.DiffSegment.Op;
import java.util.List;

/**
 * Makes a diff read like an edit: within each stretch of changes all deleted text comes before all
 * inserted text, and a lone space or a lone CJK character left unchanged between two changes is
 * folded into them, so {@code 甲乙丙 → 丁乙戊} reads as one replacement rather than three.
 */
final class SemanticCleanup {

  private SemanticCleanup() {}

  static List<DiffSegment> apply(List<DiffSegment> segments) {
    SegmentBuilder out = new SegmentBuilder();
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      DiffSegment segment = segments.get(i);
      switch (segment.op()) {
        case DELETE -> deleted.append(segment.text());
        case INSERT -> inserted.append(segment.text());
        case EQUAL -> {
          boolean inChange = !deleted.isEmpty() || !inserted.isEmpty();
          boolean changeFollows = i + 1 < segments.size() && segments.get(i + 1).op() != Op.EQUAL;
          if (inChange && changeFollows && isSlight(segment.text())) {
            deleted.append(segment.text());
            inserted.append(segment.text());
          } else {
            flush(deleted, inserted, out);
            out.add(Op.EQUAL, segment.text());
          }
        }
      }
    }
    flush(deleted, inserted, out);
    return out.segments();
  }

  /** Too little to stand on its own between changes: one space or one CJK character. */
  private static boolean isSlight(String text) {
    int cp = text.codePointAt(0);
    return Character.charCount(cp) == text.length() && (cp == ' ' || DiffTokenizer.isCjk(cp));
  }

  private static void flush(StringBuilder deleted, StringBuilder inserted, SegmentBuilder out) {
    out.add(Op.DELETE, deleted.toString());
    out.add(Op.INSERT, inserted.toString());
    deleted.setLength(0);
    inserted.setLength(0);
  }
}
