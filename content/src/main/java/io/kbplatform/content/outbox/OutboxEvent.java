package io.kbplatform.content.outbox;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A change waiting to be delivered, with its delivery attempts. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

  public static final int AGGREGATE_TYPE_LENGTH = 40;
  public static final int EVENT_TYPE_LENGTH = 40;

  public static final String ARTICLE = "ARTICLE";
  public static final String CHANGED = "CHANGED";
  public static final int ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
  @SequenceGenerator(
      name = "outbox_event_seq",
      sequenceName = "outbox_event_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "aggregate_type", length = AGGREGATE_TYPE_LENGTH, nullable = false)
  private String aggregateType;

  @Column(name = "aggregate_id", length = Columns.ID_LENGTH, nullable = false)
  private String aggregateId;

  @Column(name = "event_type", length = EVENT_TYPE_LENGTH, nullable = false)
  private String eventType;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private OutboxStatus status;

  @Column(nullable = false)
  private int attempts;

  /** Deliveries the cluster refused (a bad document): only these count toward giving up. */
  @Column(nullable = false)
  private int rejections;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  protected OutboxEvent() {}

  OutboxEvent(String aggregateType, String aggregateId, String eventType, Instant at) {
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.eventType = eventType;
    this.status = OutboxStatus.PENDING;
    this.createdAt = at;
    this.nextAttemptAt = at;
  }

  /**
   * Records a delivery the cluster rejected and schedules the next try, or gives up after {@code
   * maxRejections} rejections. Tries lost to an outage ({@link #unavailable}) do not count: after a
   * long outage the first rejection must not be the last.
   */
  public void failed(String error, Instant at, Duration retryAfter, int maxRejections) {
    rejections++;
    postpone(error, at, retryAfter);
    if (rejections >= maxRejections) {
      status = OutboxStatus.DEAD;
    }
  }

  /**
   * Records a try the cluster (or the database) was not there for; retried for as long as needed.
   */
  public void unavailable(String error, Instant at, Duration retryAfter) {
    postpone(error, at, retryAfter);
  }

  private void postpone(String error, Instant at, Duration retryAfter) {
    attempts++;
    lastError = error == null ? "unknown error" : truncate(error);
    nextAttemptAt = at.plus(retryAfter);
  }

  /** Gives a dead (or failing) event a fresh start: no attempts yet, due now. */
  public void requeue(Instant at) {
    status = OutboxStatus.PENDING;
    attempts = 0;
    rejections = 0;
    nextAttemptAt = at;
  }

  private static String truncate(String error) {
    return error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
  }

  public Long id() {
    return id;
  }

  public String aggregateType() {
    return aggregateType;
  }

  public String aggregateId() {
    return aggregateId;
  }

  public String eventType() {
    return eventType;
  }

  public OutboxStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  /** How many of the attempts the cluster rejected. */
  public int rejections() {
    return rejections;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
