package io.kbplatform.app.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Keyset paging in responses: the address of the next page is the request's own with the cursor
 * parameter replaced, given in the body's {@code next} and in a {@code Link: <…>; rel="next"}.
 */
public final class NextPage {

  private NextPage() {}

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
