package io.kbplatform.app.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Set;

/**
 * Database failures that are the client's doing or a race, not a fault: a concurrent change, a
 * uniqueness clash between two simultaneous requests, a transaction the database aborted to break a
 * deadlock or a lock wait (409, or 412 when the request was conditional on an {@code If-Match}: the
 * version it was based on is no longer current); data the database cannot store (400). Such
 * failures mostly surface at commit, after the resource method, wrapped by the transaction
 * interceptor; the whole cause chain is searched. Anything else is left to the catch-all.
 */
final class DatabaseFailures {

  /** SQL states of aborted transactions and lock waits: H2's concurrent update and timeout. */
  private static final Set<String> RACE_STATES = Set.of("90131", "HYT00", "55P03");

  static final String STALE =
      "Someone else saved a change first; reload, apply your changes again and retry.";
  static final String SAME_MOMENT = "Someone else changed this at the same moment; try again.";
  static final String CLASH = "This clashes with something created at the same moment.";

  private DatabaseFailures() {}

  /**
   * The response for a recognised database failure anywhere in the cause chain, or null.
   *
   * @param conditional whether the request carried {@code If-Match}
   */
  static Response toResponse(Throwable exception, UriInfo uri, boolean conditional) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof PessimisticLockException) {
        return race(conditional, SAME_MOMENT, uri);
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("23")) {
          return race(conditional, CLASH, uri);
        }
        if (state.startsWith("40") || RACE_STATES.contains(state)) {
          return race(conditional, SAME_MOMENT, uri);
        }
        if (state.startsWith("22")) {
          return Problems.response(
              Status.BAD_REQUEST,
              "The request contains data that cannot be stored (e.g. control characters).",
              uri);
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static Response race(boolean conditional, String detail, UriInfo uri) {
    return conditional
        ? Problems.response(Status.PRECONDITION_FAILED, STALE, uri)
        : Problems.response(Status.CONFLICT, detail, uri);
  }
}
