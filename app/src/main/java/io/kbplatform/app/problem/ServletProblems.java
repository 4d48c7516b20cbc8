package io.kbplatform.app.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem body straight onto a servlet response, for failures that never reach JAX-RS (the
 * container's own errors, servlet filters).
 */
public final class ServletProblems {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ServletProblems() {}

  /** Replaces whatever the response holds with a problem of this status. */
  public static void write(HttpServletResponse response, int status, String instance)
      throws IOException {
    write(response, status, WebApplicationExceptionMapper.detail(status), instance);
  }

  public static void write(HttpServletResponse response, int status, String detail, String instance)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    Problem problem = Problems.problem(statusOf(status), detail, instance, null, null);
    response.getOutputStream().write(JSON.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }

  private static Response.StatusType statusOf(int code) {
    Response.StatusType known = Response.Status.fromStatusCode(code);
    if (known != null) {
      return known;
    }
    return new Response.StatusType() {
      @Override
      public int getStatusCode() {
        return code;
      }

      @Override
      public Response.Status.Family getFamily() {
        return Response.Status.Family.familyOf(code);
      }

      @Override
      public String getReasonPhrase() {
        return code == 429 ? "Too Many Requests" : "Error " + code;
      }
    };
  }
}
