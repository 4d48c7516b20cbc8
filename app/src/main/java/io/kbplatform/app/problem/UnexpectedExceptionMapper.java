package io.kbplatform.app.problem;

import io.kbplatform.content.common.ContentException;
import io.kbplatform.search.query.SearchRejectedException;
import io.kbplatform.search.query.SearchUnavailableException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. Known causes wrapped by the container (transactions, CDI) are unwrapped and
 * answered as if thrown directly; true faults are logged under a correlation id and answered 500
 * with that id and nothing about the code.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    return toResponse(exception, uri, headers);
  }

  /**
   * The answer for any failure of a request ({@code headers} tell whether it was conditional; may
   * be null).
   */
  static Response toResponse(Throwable exception, UriInfo uri, HttpHeaders headers) {
    if (io.kbplatform.app.http.PayloadTooLargeException.isCause(exception)) {
      return Problems.response(Status.REQUEST_ENTITY_TOO_LARGE, MalformedJsonMapper.TOO_LARGE, uri);
    }
    for (Throwable t = exception.getCause(); t != null; t = t.getCause()) {
      if (t instanceof ContentException content) {
        return Problems.response(
            ContentExceptionMapper.statusOf(content), content.getMessage(), uri);
      }
      if (t instanceof ConstraintViolationException violation) {
        return ValidationExceptionMapper.toResponse(violation, uri);
      }
      if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
        return MalformedJsonMapper.toResponse(uri);
      }
    }
    if (exception instanceof SearchRejectedException rejected) {
      return Problems.response(Status.BAD_REQUEST, rejected.getMessage(), uri);
    }
    Response database = DatabaseFailures.toResponse(exception, uri, conditional(headers));
    if (database != null) {
      return database;
    }
    if (exception instanceof SearchUnavailableException) {
      return Problems.response(
          Status.SERVICE_UNAVAILABLE, "Search is temporarily unavailable; try again shortly.", uri);
    }
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, correlation id " + correlationId, exception);
    return Problems.response(
        Problems.problem(
            Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. Quote the correlation id when reporting it.",
            Problems.instance(uri),
            correlationId,
            null));
  }

  /** Whether the request was an update conditional on the version the client read. */
  static boolean conditional(HttpHeaders headers) {
    try {
      return headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null;
    } catch (IllegalStateException outsideARequest) {
      return false;
    }
  }
}
