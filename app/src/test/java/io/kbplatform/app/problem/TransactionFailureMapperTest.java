package io.kbplatform.app.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Races that fail at commit, wrapped the way Payara's transaction interceptor wraps them. */
class TransactionFailureMapperTest {

  @Test
  void aUniqueKeyClashAtCommitIsAConflict() {
    Response response =
        UnexpectedExceptionMapper.toResponse(
            atCommit(new PersistenceException(new SQLException("dup", "23505"))), null, null);

    assertEquals(409, response.getStatus());
    assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
  }

  @Test
  void aLostOptimisticLockIs409WithoutIfMatch() {
    Response response =
        UnexpectedExceptionMapper.toResponse(atCommit(new OptimisticLockException()), null, null);

    assertEquals(409, response.getStatus());
  }

  @Test
  void aLostRaceOfAConditionalUpdateIs412() {
    Response lock =
        DatabaseFailures.toResponse(atCommit(new OptimisticLockException()), null, true);
    Response duplicateVersion =
        DatabaseFailures.toResponse(
            atCommit(new PersistenceException(new SQLException("dup", "23505"))), null, true);

    assertEquals(412, lock.getStatus());
    assertEquals(412, duplicateVersion.getStatus());
  }

  @Test
  void aDeadlockOrSerializationFailureIsAConflict() {
    for (String state : new String[] {"40001", "40P01", "90131", "HYT00", "55P03"}) {
      Response response =
          DatabaseFailures.toResponse(
              atCommit(new PersistenceException(new SQLException("x", state))), null, false);

      assertEquals(409, response.getStatus(), state);
    }
  }

  private static TransactionalException atCommit(Throwable cause) {
    RollbackException rollback = new RollbackException("Transaction marked for rollback.");
    rollback.initCause(cause);
    return new TransactionalException("encountered exception during commit", rollback);
  }
}
