package io.kbplatform.app.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not valid JSON, or not the JSON shape expected: 400. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(JsonbException exception) {
    if (io.kbplatform.app.http.PayloadTooLargeException.isCause(exception)) {
      return Problems.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE, uri);
    }
    return toResponse(uri);
  }

  static final String TOO_LARGE = "The request body is larger than this API accepts.";

  static Response toResponse(UriInfo uri) {
    return Problems.response(
        Status.BAD_REQUEST, "The request body is not valid JSON for this endpoint.", uri);
  }
}
