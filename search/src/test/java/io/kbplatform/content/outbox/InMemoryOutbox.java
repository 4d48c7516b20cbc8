package io.kbplatform.content.outbox;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outbox in a map, by id, for the indexer's tests: events are numbered as the database sequence
 * numbers them, and claimed and settled as the outbox does it. (The content module's tests keep a
 * fuller one of the same name; test classes are not shared between modules.)
 */
public final class InMemoryOutbox extends Outbox {

  private final Map<Long, OutboxEvent> events = new TreeMap<>();
  private final Clock clock;
  private long sequence;

  public InMemoryOutbox(Clock clock) {
    super(clock, null);
    this.clock = clock;
  }

  @Override
  public void articleChanged(String articleId) {
    OutboxEvent event =
        new OutboxEvent(OutboxEvent.ARTICLE, articleId, OutboxEvent.CHANGED, clock.instant());
    long id = ++sequence;
    numbered(event, id);
    events.put(id, event);
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
  public long count(OutboxStatus status) {
    return events.values().stream().filter(e -> e.status() == status).count();
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
