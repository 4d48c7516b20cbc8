package io.kbplatform.app.security;

import java.util.Locale;
import java.util.function.Function;

/**
 * Tells requests a browser makes on the web UI's behalf from requests scripts make, for two
 * defences against credentials the browser caches on its own:
 *
 * <ul>
 *   <li>a browser never gets the {@code WWW-Authenticate: Basic} challenge, because its password
 *       dialog would cache Basic credentials that the browser then attaches to every request,
 *       including forged cross-site ones;
 *   <li>a state-changing request that does not come from a session must carry something a
 *       cross-site HTML form or a "simple" cross-origin {@code fetch} cannot send: a custom header
 *       or a non-simple {@code Content-Type}.
 * </ul>
 */
public final class BrowserRequests {

  static final String REQUESTED_WITH = "X-Requested-With";

  private BrowserRequests() {}

  /**
   * True for anything a browser sent: the UI's own requests ({@code X-Requested-With}), and plain
   * navigations such as an attachment link or an export opened in a tab (browsers send {@code
   * Sec-Fetch-*} headers, older ones at least {@code Accept: text/html}); a request carrying a
   * session cookie is a browser's too, typically one whose session has just ended.
   */
  public static boolean fromBrowser(Function<String, String> header, boolean hasSessionCookie) {
    if (hasSessionCookie
        || present(header.apply(REQUESTED_WITH))
        || present(header.apply("Sec-Fetch-Mode"))
        || present(header.apply("Sec-Fetch-Dest"))
        || present(header.apply("Sec-Fetch-Site"))) {
      return true;
    }
    String accept = header.apply("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
  }

  /** GET, HEAD and OPTIONS change nothing; every other method does. */
  public static boolean changesState(String method) {
    return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
  }

  /**
   * True when a request cannot have come from a cross-site form or a CORS "simple" request: it
   * carries {@code X-Requested-With} or {@code X-CSRF-Token} (custom headers force a preflight,
   * which this API never grants), or a {@code Content-Type} other than the three a form can send.
   */
  public static boolean cannotBeForged(Function<String, String> header) {
    return present(header.apply(REQUESTED_WITH))
        || present(header.apply(WebSession.CSRF_HEADER))
        || !simpleContentType(header.apply("Content-Type"));
  }

  /**
   * The content types a browser sends cross-site without asking first (no type at all included:
   * e.g. a body-less {@code fetch} in {@code no-cors} mode).
   */
  static boolean simpleContentType(String contentType) {
    if (contentType == null) {
      return true;
    }
    int semicolon = contentType.indexOf(';');
    String essence =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .strip()
            .toLowerCase(Locale.ROOT);
    return essence.isEmpty()
        || essence.equals("application/x-www-form-urlencoded")
        || essence.equals("multipart/form-data")
        || essence.equals("text/plain");
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
