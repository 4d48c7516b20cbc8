package io.kbplatform.content.outbox;

import io.kbplatform.content.common.NotFoundException;
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
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  /** Removes a delivered event. */
  @Transactional
  public void delivered(long id) {
    Optional.ofNullable(em.find(OutboxEvent.class, id)).ifPresent(em::remove);
  }

  /**
   * Records a delivery the cluster rejected; the event is retried after the given delay, or given
   * up (dead) at the {@code maxRejections}th rejection.
   */
  @Transactional
  public void failed(long id, String error, Duration retryAfter, int maxRejections) {
    Instant now = clock.instant();
    Optional.ofNullable(em.find(OutboxEvent.class, id))
        .ifPresent(e -> e.failed(error, now, retryAfter, maxRejections));
  }

  /** Records a delivery the cluster was not there for; retried after the delay, never given up. */
  @Transactional
  public void unavailable(long id, String error, Duration retryAfter) {
    Instant now = clock.instant();
    Optional.ofNullable(em.find(OutboxEvent.class, id))
        .ifPresent(e -> e.unavailable(error, now, retryAfter));
  }

  /** The id of the newest event, 0 when there is none. */
  @Transactional
  public long maxId() {
    Long max = em.createQuery("SELECT MAX(e.id) FROM OutboxEvent e", Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  /**
   * Pending events whose delivery failed at least once (with their next attempt and last error), by
   * id, after the given id (keyset paging; null for the first page).
   */
  @Transactional
  public List<OutboxEvent> failing(Long after, int limit) {
    return em.createQuery(
            "SELECT e FROM OutboxEvent e WHERE e.status = :pending AND e.attempts > 0"
                + " AND e.id > :after ORDER BY e.id",
            OutboxEvent.class)
        .setParameter("pending", OutboxStatus.PENDING)
        .setParameter("after", after == null ? 0L : after)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Dead letters: events given up on after too many rejected deliveries, by id (keyset paged). */
  @Transactional
  public List<OutboxEvent> dead(Long after, int limit) {
    return em.createQuery(
            "SELECT e FROM OutboxEvent e WHERE e.status = :dead AND e.id > :after ORDER BY e.id",
            OutboxEvent.class)
        .setParameter("dead", OutboxStatus.DEAD)
        .setParameter("after", after == null ? 0L : after)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Requeues a dead letter (attempts reset, due now); 404 when there is no such dead event. */
  @Transactional
  public OutboxEvent retry(long id) {
    OutboxEvent event =
        Optional.ofNullable(em.find(OutboxEvent.class, id))
            .filter(e -> e.status() == OutboxStatus.DEAD)
            .orElseThrow(() -> new NotFoundException("Dead outbox event", String.valueOf(id)));
    event.requeue(clock.instant());
    recorded.fire(new OutboxRecorded(event.aggregateType(), event.aggregateId()));
    return event;
  }

  /** Requeues every dead letter; returns how many. */
  @Transactional
  public int retryAllDead() {
    List<OutboxEvent> dead =
        em.createQuery("SELECT e FROM OutboxEvent e WHERE e.status = :dead", OutboxEvent.class)
            .setParameter("dead", OutboxStatus.DEAD)
            .getResultList();
    Instant now = clock.instant();
    dead.forEach(e -> e.requeue(now));
    if (!dead.isEmpty()) {
      recorded.fire(new OutboxRecorded(OutboxEvent.ARTICLE, dead.get(0).aggregateId()));
    }
    return dead.size();
  }

  /** The aggregates of pending events newer than the given id, each once. */
  @Transactional
  public List<String> pendingAggregatesAfter(long id) {
    return em.createQuery(
            "SELECT DISTINCT e.aggregateId FROM OutboxEvent e WHERE e.status = :pending"
                + " AND e.id > :id",
            String.class)
        .setParameter("pending", OutboxStatus.PENDING)
        .setParameter("id", id)
        .getResultList();
  }

  /** How many events wait for delivery, and how many were given up on. */
  @Transactional
  public long count(OutboxStatus status) {
    return em.createQuery("SELECT COUNT(e) FROM OutboxEvent e WHERE e.status = :s", Long.class)
        .setParameter("s", status)
        .getSingleResult();
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
