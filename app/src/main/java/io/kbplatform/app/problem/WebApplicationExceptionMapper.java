package io.kbplatform.app.problem;

import io.kbplatform.app.http.InvalidParameterException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * HTTP-level failures raised by JAX-RS itself (unknown path 404, wrong method 405, wrong media type
 * 415, not acceptable 406, missing credentials 401, forbidden 403) as problem details.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  private static final Map<Integer, String> DETAILS =
      Map.ofEntries(
          Map.entry(400, "The request could not be understood."),
          Map.entry(401, "Authentication is required: use HTTP Basic."),
          Map.entry(403, "You do not have a role that allows this."),
          Map.entry(404, "There is no such resource."),
          Map.entry(405, "This method is not allowed here."),
          Map.entry(406, "No acceptable representation: this API speaks application/json."),
          Map.entry(413, MalformedJsonMapper.TOO_LARGE),
          Map.entry(414, "The address is longer than this server accepts."),
          Map.entry(415, "Unsupported media type: send application/json."),
          Map.entry(428, "This update needs If-Match with the ETag of the version you edited."),
          Map.entry(431, "The request headers are larger than this server accepts."));

  @Context UriInfo uri;

  /** What an HTTP-level failure of this status means, for the problem's detail. */
  static String detail(int code) {
    return DETAILS.getOrDefault(
        code,
        code >= 500
            ? "Something went wrong on our side; try again later."
            : "The request could not be served.");
  }

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (exception instanceof InvalidParameterException invalid) {
      return Problems.response(
          Response.Status.BAD_REQUEST,
          invalid.getMessage(),
          uri,
          List.of(new Problem.FieldError(invalid.parameter(), invalid.rule())));
    }
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
