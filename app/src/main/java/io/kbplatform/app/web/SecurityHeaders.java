package io.kbplatform.app.web;

import jakarta.servlet.http.HttpServletResponse;

/** Headers every page and module of the UI carries. */
final class SecurityHeaders {

  private SecurityHeaders() {}

  static void apply(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
  }
}
