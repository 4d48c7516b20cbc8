package io.kbplatform.app.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the whole application (see {@code web.xml}): whatever the servlet container
 * itself answers with an error (a path no servlet serves, a filter's {@code sendError}, an
 * exception that escaped every mapper) becomes a problem body instead of Payara's HTML page.
 * Headers already set, such as {@code WWW-Authenticate}, are kept; nothing about the failure's
 * cause is shown.
 */
public class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code == null) {
      ServletProblems.write(response, 404, request.getRequestURI()); // asked for directly
      return;
    }
    int status = code instanceof Integer number && number >= 400 ? number : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String instance = uri == null ? null : uri.toString();
    if (status >= 500) {
      Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      if (failure instanceof Throwable thrown) {
        java.util.logging.Logger.getLogger(ContainerErrorServlet.class.getName())
            .log(java.util.logging.Level.SEVERE, "Unhandled failure of " + instance, thrown);
      }
    }
    ServletProblems.write(response, status, instance);
  }
}
