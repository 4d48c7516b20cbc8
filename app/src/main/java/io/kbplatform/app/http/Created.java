package io.kbplatform.app.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a request that created something: 201 with a Location naming the new resource. */
public final class Created {

  private Created() {}

  /**
   * A 201 whose {@code Location} is {@code /api/<collection>/<id>}; the caller adds the body (and
   * an ETag where the resource is versioned).
   */
  public static Response.ResponseBuilder at(UriInfo uri, String collection, String id) {
    return Response.created(uri.getBaseUriBuilder().path(collection).path(id).build());
  }
}
