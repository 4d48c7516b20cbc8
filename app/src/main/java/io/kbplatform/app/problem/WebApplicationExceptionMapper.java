package io.kbplatform.app.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * HTTP-level failures raised by JAX-RS itself (unknown path 404, wrong method 405, wrong media type
 * 415, not acceptable 406, missing credentials 401, forbidden 403) as problem details.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Map<Integer, String> DETAILS =
      Map.of(
          400, "The request could not be understood.",
          401, "Authentication is required: use HTTP Basic.",
          403, "You do not have a role that allows this.",
          404, "There is no such resource.",
          405, "This method is not allowed here.",
          406, "No acceptable representation: this API speaks application/json.",
          413, MalformedJsonMapper.TOO_LARGE,
          415, "Unsupported media type: send application/json.",
          428, "This update needs If-Match with the ETag of the version you edited.");

  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response original = exception.getResponse();
    int code = original == null ? 500 : original.getStatus();
    if (code >= 500) {
      return new UnexpectedExceptionMapper().toResponse(exception);
    }
    Response.StatusType status = Response.Status.fromStatusCode(code);
    if (status == null) {
      status = original.getStatusInfo();
    }
    Response problem =
        Problems.response(status, DETAILS.getOrDefault(code, status.getReasonPhrase()), uri);
    Response.ResponseBuilder copy = Response.fromResponse(problem);
    String allow = original.getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      copy.header(HttpHeaders.ALLOW, allow);
    }
    String authenticate = original.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
    if (authenticate != null) {
      copy.header(HttpHeaders.WWW_AUTHENTICATE, authenticate);
    }
    return copy.build();
  }
}
