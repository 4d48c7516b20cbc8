package io.kbplatform.content.outbox;

import io.kbplatform.content.common.NotFoundException;
import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outbox in a map, by id: events are numbered as the database sequence numbers them, and
 * claimed, settled and requeued as the outbox does it. Shared with the search module's tests
 * through content's test jar.
 */
public final class InMemoryOutbox extends Outbox {

  private final Map<Long, OutboxEvent> events = new TreeMap<>();
  private final Clock clock;
  private final Event<OutboxRecorded> recorded;
  private long sequence;

  public InMemoryOutbox(Clock clock, Event<OutboxRecorded> recorded) {
    super(clock, recorded);
    this.clock = clock;
    this.recorded = recorded;
  }

  @Override
  public void articleChanged(String articleId) {
    store(articleId, clock.instant());
    recorded.fire(new OutboxRecorded(OutboxEvent.ARTICLE, articleId));
  }

  @Override
  public void articlesChanged(Collection<String> articleIds) {
    Instant now = clock.instant();
    articleIds.forEach(id -> store(id, now));
    if (!articleIds.isEmpty()) {
      recorded.fire(new OutboxRecorded(OutboxEvent.ARTICLE, articleIds.iterator().next()));
    }
  }

  @Override
  public List<OutboxEvent> due(int limit) {
    Instant now = clock.instant();
    return events.values().stream()
        .filter(e -> e.status() == OutboxStatus.PENDING && !e.nextAttemptAt().isAfter(now))
        .limit(limit)
        .toList();
  }

  @Override
  public void delivered(long id) {
    events.remove(id);
  }

  @Override
  public void failed(long id, String error, Duration retryAfter, int maxAttempts) {
    OutboxEvent event = events.get(id);
    if (event != null) {
      event.failed(error, clock.instant(), retryAfter, maxAttempts);
    }
  }

  @Override
  public void unavailable(long id, String error, Duration retryAfter) {
    OutboxEvent event = events.get(id);
    if (event != null) {
      event.unavailable(error, clock.instant(), retryAfter);
    }
  }

  @Override
  public OutboxEvent retry(long id) {
    OutboxEvent event = events.get(id);
    if (event == null || event.status() != OutboxStatus.DEAD) {
      throw new NotFoundException("Dead outbox event", String.valueOf(id));
    }
    event.requeue(clock.instant());
    recorded.fire(new OutboxRecorded(event.aggregateType(), event.aggregateId()));
    return event;
  }

  @Override
  public long count(OutboxStatus status) {
    return events.values().stream().filter(e -> e.status() == status).count();
  }

  @Override
  public long pendingFor(String aggregateId) {
    return events.values().stream()
        .filter(e -> e.status() == OutboxStatus.PENDING && e.aggregateId().equals(aggregateId))
        .count();
  }

  /** The one event still held about an article. */
  public OutboxEvent about(String articleId) {
    return events.values().stream()
        .filter(e -> e.aggregateId().equals(articleId))
        .reduce(
            (a, b) -> {
              throw new IllegalStateException("More than one event about " + articleId);
            })
        .orElseThrow();
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }

  /** Every event still held, pending or dead, by id. */
  public List<OutboxEvent> all() {
    return List.copyOf(events.values());
  }

  /** The articles of the pending events, by id, once per event. */
  public List<String> pendingArticles() {
    return events.values().stream()
        .filter(e -> e.status() == OutboxStatus.PENDING)
        .map(OutboxEvent::aggregateId)
        .toList();
  }

  private void store(String articleId, Instant at) {
    OutboxEvent event = new OutboxEvent(OutboxEvent.ARTICLE, articleId, OutboxEvent.CHANGED, at);
    long id = ++sequence;
    numbered(event, id);
    events.put(id, event);
  }

  /** Sets the id the database sequence would give. */
  private static void numbered(OutboxEvent event, long id) {
    try {
      Field field = OutboxEvent.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(event, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
