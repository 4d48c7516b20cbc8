package io.kbplatform.app.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The single page every screen of the web UI lives in ({@code /}). Its policy allows scripts only
 * from this origin plus the one inline import map (by hash), no inline styles and no plugins, so
 * that nothing an article contains can run even if it got past the sanitiser.
 */
@WebServlet(urlPatterns = {""})
public class UiShellServlet extends HttpServlet {

  static final String TEMPLATE = "/WEB-INF/ui/index.html";
  private byte[] page;
  private String policy;

  @Override
  public void init() throws ServletException {
    try (InputStream in = getServletContext().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new ServletException("The UI shell " + TEMPLATE + " is missing from the WAR");
      }
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      page = html.getBytes(StandardCharsets.UTF_8);
      policy = ContentSecurityPolicy.forShell(html);
    } catch (IOException e) {
      throw new ServletException("Cannot read the UI shell", e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("Cache-Control", "no-cache");
    SecurityHeaders.apply(response);
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }
}
