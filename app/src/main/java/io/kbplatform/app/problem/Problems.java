package io.kbplatform.app.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds problem responses with consistent types and titles. */
public final class Problems {

  public static final String TYPE_BASE = "https://kb-platform.dev/problems/";

  private Problems() {}

  public static Response response(
      Response.StatusType status, String detail, UriInfo uri, List<Problem.FieldError> errors) {
    return response(problem(status, detail, instance(uri), null, errors));
  }

  public static Response response(Response.StatusType status, String detail, UriInfo uri) {
    return response(status, detail, uri, null);
  }

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** A problem whose type and title follow from its status. */
  public static Problem problem(
      Response.StatusType status,
      String detail,
      String instance,
      String correlationId,
      List<Problem.FieldError> errors) {
    return new Problem(
        TYPE_BASE + slug(status),
        status.getReasonPhrase(),
        status.getStatusCode(),
        detail,
        instance,
        correlationId,
        errors == null || errors.isEmpty() ? null : errors);
  }

  static String slug(Response.StatusType status) {
    return status
        .getReasonPhrase()
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
  }

  /** The request path, as the problem's {@code instance}. */
  public static String instance(UriInfo uri) {
    return uri == null ? null : "/api/" + uri.getPath().replaceFirst("^/", "");
  }
}
