package io.kbplatform.content.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Records and reads the audit log. A change is recorded in the transaction that makes it, so the
 * log never claims something that was rolled back; logins are recorded on their own.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private Clock clock;

  protected AuditLog() {}

  @Inject
  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      String actor, AuditAction action, String targetType, String targetId, String detail) {
    em.persist(new AuditEntry(clock.instant(), actor, action, targetType, targetId, detail));
  }

  /** Records an event that is not part of a change, such as a login. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlone(
      String actor, AuditAction action, String targetType, String targetId, String detail) {
    record(actor, action, targetType, targetId, detail);
  }

  @Transactional
  public List<AuditEntry> find(AuditQuery query) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
    if (query.from() != null) {
      jpql.append(" AND e.createdAt >= :from");
    }
    if (query.to() != null) {
      jpql.append(" AND e.createdAt < :to");
    }
    if (query.actor() != null) {
      jpql.append(" AND e.actor = :actor");
    }
    if (query.action() != null) {
      jpql.append(" AND e.action = :action");
    }
    if (query.before() != null) {
      jpql.append(" AND e.id < :before");
    }
    TypedQuery<AuditEntry> q =
        em.createQuery(jpql.append(" ORDER BY e.id DESC").toString(), AuditEntry.class);
    if (query.from() != null) {
      q.setParameter("from", query.from());
    }
    if (query.to() != null) {
      q.setParameter("to", query.to());
    }
    if (query.actor() != null) {
      q.setParameter("actor", query.actor());
    }
    if (query.action() != null) {
      q.setParameter("action", query.action());
    }
    if (query.before() != null) {
      q.setParameter("before", query.before());
    }
    return q.setMaxResults(query.limit()).getResultList();
  }
}
