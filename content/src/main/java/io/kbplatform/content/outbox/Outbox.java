package io.kbplatform.content.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes outbox events inside the caller's transaction and lets a deliverer claim and settle them.
 */
@ApplicationScoped
public class Outbox {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private Clock clock;
  private Event<OutboxRecorded> recorded;

  protected Outbox() {}

  @Inject
  public Outbox(Clock clock, Event<OutboxRecorded> recorded) {
    this.clock = clock;
    this.recorded = recorded;
  }

  /** Records that an article changed; must run inside the transaction that changed it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void articleChanged(String articleId) {
    em.persist(
        new OutboxEvent(OutboxEvent.ARTICLE, articleId, OutboxEvent.CHANGED, clock.instant()));
    recorded.fire(new OutboxRecorded(OutboxEvent.ARTICLE, articleId));
  }

  /** Asks for many articles to be indexed again, in a transaction of its own if need be. */
  @Transactional
  public void articlesChanged(Collection<String> articleIds) {
    Instant now = clock.instant();
    for (String id : articleIds) {
      em.persist(new OutboxEvent(OutboxEvent.ARTICLE, id, OutboxEvent.CHANGED, now));
    }
    if (!articleIds.isEmpty()) {
      recorded.fire(new OutboxRecorded(OutboxEvent.ARTICLE, articleIds.iterator().next()));
    }
  }

  /** Pending events whose next attempt is due, oldest first. */
  @Transactional
  public List<OutboxEvent> due(int limit) {
    return em.createQuery(
            "SELECT e FROM OutboxEvent e WHERE e.status = :pending AND e.nextAttemptAt <= :now"
                + " ORDER BY e.id",
            OutboxEvent.class)
        .setParameter("pending", OutboxStatus.PENDING)
        .setParameter("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultList();
  }

  /** Removes a delivered event. */
  @Transactional
  public void delivered(long id) {
    Optional.ofNullable(em.find(OutboxEvent.class, id)).ifPresent(em::remove);
  }

  /** Records a failed delivery; the event is retried after the given delay. */
  @Transactional
  public void failed(long id, String error, Duration retryAfter, int maxAttempts) {
    Instant now = clock.instant();
    Optional.ofNullable(em.find(OutboxEvent.class, id))
        .ifPresent(e -> e.failed(error, now, retryAfter, maxAttempts));
  }

  /** How many events about one aggregate still wait for delivery. */
  @Transactional
  public long pendingFor(String aggregateId) {
    return em.createQuery(
            "SELECT COUNT(e) FROM OutboxEvent e WHERE e.status = :pending"
                + " AND e.aggregateId = :id",
            Long.class)
        .setParameter("pending", OutboxStatus.PENDING)
        .setParameter("id", aggregateId)
        .getSingleResult();
  }
}
