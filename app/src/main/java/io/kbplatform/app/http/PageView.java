package io.kbplatform.app.http;

import java.util.List;

/**
 * The body of every paged list: {@code {"items": [...], "next": "..."}}, where {@code next} is the
 * address of the next page (also in the {@code Link} header), or null on the last page.
 */
public record PageView<T>(List<T> items, String next) {

  public PageView {
    items = List.copyOf(items);
  }
}
