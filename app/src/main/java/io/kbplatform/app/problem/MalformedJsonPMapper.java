package io.kbplatform.app.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body read as a JSON-P object (a quiz response, a question document) that is not valid
 * JSON: 400, as {@link MalformedJsonMapper} answers for bodies read by JSON-B.
 */
@Provider
public class MalformedJsonPMapper implements ExceptionMapper<JsonException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(JsonException exception) {
    if (io.kbplatform.app.http.PayloadTooLargeException.isCause(exception)) {
      return Problems.response(
          Response.Status.REQUEST_ENTITY_TOO_LARGE, MalformedJsonMapper.TOO_LARGE, uri);
    }
    return MalformedJsonMapper.toResponse(uri);
  }
}
