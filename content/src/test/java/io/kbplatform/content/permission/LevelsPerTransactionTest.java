package io.kbplatform.content.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kbplatform.content.space.Space;
import io.kbplatform.content.testing.InMemoryContent;
import io.kbplatform.content.user.Role;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The access policy holds each actor's levels for the rest of a transaction, since a list checks
 * many articles; a grant changed in that transaction must still count at once.
 */
class LevelsPerTransactionTest {

  private final InMemoryContent kb = new InMemoryContent();
  private final OneTransaction transaction = new OneTransaction();
  private final Space hr = kb.restrictedSpace("HR");
  private final Space cs = kb.restrictedSpace("CS");
  private final Actor erin = kb.user("erin", Role.AUTHOR);
  private final Actor pat = kb.user("pat", Role.AUTHOR);

  {
    kb.grant("HR", Principal.user("erin"), AccessLevel.EDIT);
    kb.grant("CS", Principal.user("pat"), AccessLevel.VIEW);
    kb.policy.transaction = transaction;
  }

  @Test
  void many_checks_in_one_transaction_read_an_actors_grants_once() {
    transaction.begin();
    int before = kb.grants.levelReads();

    for (int i = 0; i < 50; i++) {
      kb.policy.canView(erin, hr);
      kb.policy.canView(erin, cs);
    }

    assertEquals(before + 1, kb.grants.levelReads());
  }

  @Test
  void each_actor_in_a_transaction_gets_its_own_levels() {
    transaction.begin();

    assertEquals(Optional.of(AccessLevel.EDIT), kb.policy.levelIn(erin, hr));
    assertEquals(Optional.empty(), kb.policy.levelIn(pat, hr));
    assertEquals(Optional.of(AccessLevel.VIEW), kb.policy.levelIn(pat, cs));
  }

  @Test
  void a_grant_changed_in_the_transaction_counts_for_the_checks_that_follow() {
    transaction.begin();
    assertFalse(kb.policy.canView(erin, cs));

    kb.grantService.grant(kb.admin, "CS", Principal.user("erin"), AccessLevel.VIEW);

    assertTrue(kb.policy.canView(erin, cs));
  }

  @Test
  void a_grant_revoked_in_the_transaction_counts_for_the_checks_that_follow() {
    transaction.begin();
    assertTrue(kb.policy.canView(erin, hr));

    kb.grantService.revoke(kb.admin, "HR", Principal.user("erin"));

    assertFalse(kb.policy.canView(erin, hr));
  }

  @Test
  void the_next_transaction_uses_the_cached_levels_until_a_grant_changes() {
    transaction.begin();
    kb.policy.canView(erin, hr);
    transaction.end();
    int before = kb.grants.levelReads();

    transaction.begin();
    assertTrue(kb.policy.canView(erin, hr));
    assertEquals(before, kb.grants.levelReads(), "the levels come from the access cache");
    transaction.end();

    transaction.begin();
    kb.grantService.revoke(kb.admin, "HR", Principal.user("erin"));
    transaction.end();
    transaction.begin();
    assertFalse(kb.policy.canView(erin, hr), "a revoked grant counts at once");
    assertEquals(before + 1, kb.grants.levelReads());
  }

  /** The registry of one transaction at a time, begun and ended by the test. */
  private static final class OneTransaction implements TransactionSynchronizationRegistry {

    private Object key;
    private final Map<Object, Object> resources = new HashMap<>();

    void begin() {
      key = new Object();
    }

    void end() {
      key = null;
      resources.clear();
    }

    @Override
    public Object getTransactionKey() {
      return key;
    }

    @Override
    public void putResource(Object resourceKey, Object value) {
      resources.put(resourceKey, value);
    }

    @Override
    public Object getResource(Object resourceKey) {
      return resources.get(resourceKey);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      throw new UnsupportedOperationException();
    }

    @Override
    public int getTransactionStatus() {
      return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
    }

    @Override
    public void setRollbackOnly() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean getRollbackOnly() {
      return false;
    }
  }
}
