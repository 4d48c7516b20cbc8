package io.kbplatform.app.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;

/**
 * Database failures that are the client's doing or a race, not a fault: a concurrent change (409),
 * a uniqueness clash between two simultaneous requests (409), data the database cannot store (400).
 * Anything else is left to the catch-all.
 */
final class DatabaseFailures {

  private DatabaseFailures() {}

  /** The response for a recognised database failure anywhere in the cause chain, or null. */
  static Response toResponse(Throwable exception, UriInfo uri) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return Problems.response(
            Status.CONFLICT, "Someone else changed this at the same moment; try again.", uri);
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        if (sql.getSQLState().startsWith("23")) {
          return Problems.response(
              Status.CONFLICT, "This clashes with something created at the same moment.", uri);
        }
        if (sql.getSQLState().startsWith("22")) {
          return Problems.response(
              Status.BAD_REQUEST,
              "The request contains data that cannot be stored (e.g. control characters).",
              uri);
        }
      }
    }
    return null;
  }
}
