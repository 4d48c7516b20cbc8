package io.kbplatform.content.common.paging;

import java.util.Optional;

/**
 * The page a caller asks for: the rows after {@code after} (from the start when null), at most
 * {@code limit} of them. The limit's upper bound is the caller's to enforce (the API checks it
 * while reading the parameter); here it only has to be positive.
 */
public record PageRequest(Cursor after, int limit) {

  public PageRequest {
    if (limit < 1) {
      throw new IllegalArgumentException("A page holds at least one row, not " + limit + ".");
    }
  }

  /** The first page, of at most {@code limit} rows. */
  public static PageRequest first(int limit) {
    return new PageRequest(null, limit);
  }

  public Optional<Cursor> afterCursor() {
    return Optional.ofNullable(after);
  }

  /** How many rows to read: one more than shown, to learn whether another page follows. */
  public int fetchSize() {
    return limit + 1;
  }
}
