package io.kbplatform.content.common.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and where the next one starts, if there is one. */
public record Page<T>(List<T> items, Cursor next) {

  public Page {
    items = List.copyOf(items);
  }

  /**
   * The page among rows read with {@link PageRequest#fetchSize()}: the first {@code limit} of them,
   * and a cursor after the last one shown when more were read.
   */
  public static <T> Page<T> of(
      List<T> fetched, PageRequest request, Function<? super T, Cursor> position) {
    if (fetched.size() <= request.limit()) {
      return new Page<>(fetched, null);
    }
    List<T> shown = fetched.subList(0, request.limit());
    return new Page<>(shown, position.apply(shown.get(shown.size() - 1)));
  }

  public Optional<Cursor> nextCursor() {
    return Optional.ofNullable(next);
  }

  /** The same page with its rows turned into other items, all at once (for batch lookups). */
  public <U> Page<U> mapAll(Function<List<T>, List<U>> convert) {
    return new Page<>(convert.apply(items), next);
  }

  /** The same page with each row turned into another item. */
  public <U> Page<U> map(Function<? super T, ? extends U> convert) {
    return new Page<>(items.stream().<U>map(convert).toList(), next);
  }
}
