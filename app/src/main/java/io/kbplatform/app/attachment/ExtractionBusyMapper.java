package io.kbplatform.app.attachment;

import io.kbplatform.app.problem.Problems;
import io.kbplatform.content.extraction.ExtractionBusyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every extraction worker stayed busy longer than an upload may wait: 503 with {@code Retry-After},
 * so clients back off instead of piling up behind a long import.
 */
@Provider
public class ExtractionBusyMapper implements ExceptionMapper<ExtractionBusyException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(ExtractionBusyException exception) {
    long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
    return Response.fromResponse(
            Problems.response(Status.SERVICE_UNAVAILABLE, exception.getMessage(), uri))
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }
}
