package io.kbplatform.content.diff;

import java.util.List;

/**
 * How much text a diff inserts, deletes and keeps, counted in Unicode characters (code points), so
 * an emoji or a rare CJK ideograph counts once.
 */
public record DiffStats(int inserted, int deleted, int unchanged) {

  public static final DiffStats NONE = new DiffStats(0, 0, 0);

  public static DiffStats of(List<DiffSegment> segments) {
    int inserted = 0;
    int deleted = 0;
    int unchanged = 0;
    for (DiffSegment segment : segments) {
      int length = segment.text().codePointCount(0, segment.text().length());
      switch (segment.op()) {
        case INSERT -> inserted += length;
        case DELETE -> deleted += length;
        case EQUAL -> unchanged += length;
      }
    }
    return new DiffStats(inserted, deleted, unchanged);
  }

  public DiffStats plus(DiffStats other) {
    return new DiffStats(
        inserted + other.inserted, deleted + other.deleted, unchanged + other.unchanged);
  }
}
