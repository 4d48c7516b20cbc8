package io.kbplatform.app.problem;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} method whose commit failed, typically because a concurrent request won a
 * race (an optimistic lock, a unique key): answered like the cause, e.g. 409 or 412.
 *
 * <p>Needed although {@link UnexpectedExceptionMapper} walks cause chains: Jersey's CDI integration
 * registers its own, more specific mapper for {@link TransactionalException}, which only rethrows
 * when no mapper exists for that exact type, so the failure escaped JAX-RS and the servlet
 * container answered with an HTML 500 page. An application provider for the same type is chosen
 * before Jersey's.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(TransactionalException exception) {
    return UnexpectedExceptionMapper.toResponse(exception, uri, headers);
  }
}
