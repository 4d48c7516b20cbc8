package io.kbplatform.app.problem;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ContentException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.common.StaleVersionException;
import io.kbplatform.content.common.TooLargeException;
import io.kbplatform.content.common.UnsupportedTypeException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Business exceptions: not found is 404, a clash with the current state 409, an action the caller
 * may not take 403, an edit of a stale version 412, input beyond a bound 413, a file of a refused
 * type 415, anything else a bad request.
 */
@Provider
public class ContentExceptionMapper implements ExceptionMapper<ContentException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ContentException exception) {
    return Problems.response(statusOf(exception), exception.getMessage(), uri);
  }

  static Status statusOf(ContentException exception) {
    if (exception instanceof NotFoundException) {
      return Status.NOT_FOUND;
    }
    if (exception instanceof ConflictException) {
      return Status.CONFLICT;
    }
    if (exception instanceof ForbiddenException) {
      return Status.FORBIDDEN;
    }
    if (exception instanceof UnsupportedTypeException) {
      return Status.UNSUPPORTED_MEDIA_TYPE;
    }
    if (exception instanceof TooLargeException) {
      return Status.REQUEST_ENTITY_TOO_LARGE;
    }
    if (exception instanceof StaleVersionException) {
      return Status.PRECONDITION_FAILED;
    }
    return Status.BAD_REQUEST;
  }
}
