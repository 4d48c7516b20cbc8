package io.kbplatform.app.attachment;

import io.kbplatform.app.problem.Problems;
import io.kbplatform.content.attachment.StorageQuotaExceededException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A file the space has no room for: 413, saying the quota and what is used. */
@Provider
public class StorageQuotaMapper implements ExceptionMapper<StorageQuotaExceededException> {

  @Context UriInfo uri;

  @Override
  public Response toResponse(StorageQuotaExceededException exception) {
    return Problems.response(Status.REQUEST_ENTITY_TOO_LARGE, exception.getMessage(), uri);
  }
}
