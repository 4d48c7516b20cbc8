package io.kbplatform.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The UI's modules and styles, and the pinned libraries from WebJars: revalidated on every load
 * (cheap 304s on localhost and a LAN), so that an upgrade is never half-applied in a browser.
 */
@WebFilter(urlPatterns = {"/ui/*", "/webjars/*"})
public class UiAssetsFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(response);
    response.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, response);
  }
}
