package io.kbplatform.app.http;

import io.kbplatform.app.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Refuses API paths that hide structure in escapes: an encoded slash or backslash ({@code %2F},
 * {@code %5C}), an encoded or raw NUL or other control character. No key or id of this API holds
 * one, and once decoded they would let a path parameter reach across segments or cut a string short
 * in a lower layer. Answered 400 as a problem, before security and JAX-RS see the request.
 */
@WebFilter(urlPatterns = "/api/*")
public class UnsafePathFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Pattern UNSAFE =
      Pattern.compile("(?i)%(2f|5c|00|0[0-9a-f]|1[0-9a-f]|7f)|[\\x00-\\x1f\\x7f]");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    if (isUnsafe(path)) {
      ServletProblems.write(
          response,
          400,
          "The address contains an encoded slash, backslash or control character.",
          null);
      return;
    }
    chain.doFilter(request, response);
  }

  /** True for a raw (undecoded) request path with an escape no API address needs. */
  static boolean isUnsafe(String rawPath) {
    return rawPath != null && UNSAFE.matcher(rawPath).find();
  }
}
