package io.kbplatform.app.http;

import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.Page;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/**
 * Keyset paging in responses: the address of the next page is the request's own with the cursor
 * parameter replaced, given in the body's {@code next} ({@link PageView}) and in a {@code Link:
 * <…>; rel="next"}.
 */
public final class NextPage {

  /** The query parameter that carries a {@link Cursor}. */
  public static final String AFTER = "after";

  private NextPage() {}

  /** 200 with a page of the domain's rows, each shown as {@code view} makes it. */
  public static <T, V> Response ok(UriInfo uri, Page<T> page, Function<? super T, V> view) {
    String next = address(uri, AFTER, page.nextCursor().map(Cursor::token).orElse(null));
    return ok(new PageView<V>(page.items().stream().<V>map(view).toList(), next), next);
  }

  /**
   * 200 with rows read by a numeric keyset ({@code ?parameter=<id of the last row>}): a full page
   * may have a next one, a shorter page is the last.
   */
  public static <V> Response ok(
      UriInfo uri, String parameter, List<V> items, int limit, Function<V, ?> position) {
    String next =
        address(uri, parameter, items.size() < limit ? null : position.apply(items.get(limit - 1)));
    return ok(new PageView<>(items, next), next);
  }

  /** The next page's address, or null when there is none ({@code cursor} null). */
  public static String address(UriInfo uri, String parameter, Object cursor) {
    return cursor == null
        ? null
        : uri.getRequestUriBuilder().replaceQueryParam(parameter, cursor).build().toString();
  }

  /** 200 with the page, plus the Link header when there is a next page. */
  public static Response ok(Object page, String next) {
    Response.ResponseBuilder ok = Response.ok(page);
    if (next != null) {
      ok.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return ok.build();
  }
}
