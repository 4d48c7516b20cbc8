package io.kbplatform.app.searchindex;

import io.kbplatform.content.outbox.OutboxEvent;
import io.kbplatform.content.outbox.OutboxStatus;
import java.time.Instant;

/**
 * An outbox event that failed delivery: what it is about, how often it was tried ({@code attempts},
 * outages included) and rejected by the cluster ({@code rejections}, which alone lead to DEAD), and
 * why.
 */
public record OutboxEventView(
    long id,
    String aggregateType,
    String aggregateId,
    OutboxStatus status,
    int attempts,
    int rejections,
    Instant createdAt,
    Instant nextAttemptAt,
    String lastError) {

  static OutboxEventView of(OutboxEvent e) {
    return new OutboxEventView(
        e.id(),
        e.aggregateType(),
        e.aggregateId(),
        e.status(),
        e.attempts(),
        e.rejections(),
        e.createdAt(),
        e.nextAttemptAt(),
        e.lastError().orElse(null));
  }
}
