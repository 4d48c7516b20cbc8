package io.kbplatform.content.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a delivery attempt makes of an outbox event: retried later, given up on, or requeued. */
class OutboxEventTest {

  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");
  private static final Duration RETRY = Duration.ofSeconds(4);

  private final OutboxEvent event =
      new OutboxEvent(OutboxEvent.ARTICLE, "a1", OutboxEvent.CHANGED, T0);

  @Test
  void a_new_event_waits_for_delivery_at_once() {
    assertEquals(OutboxStatus.PENDING, event.status());
    assertEquals(0, event.attempts());
    assertEquals(T0, event.nextAttemptAt());
    assertEquals(Optional.empty(), event.lastError());
  }

  @Test
  void a_failed_delivery_is_counted_and_retried_after_the_delay_with_its_error() {
    event.failed("mapper_parsing_exception", T0.plusSeconds(1), RETRY, 10);

    assertEquals(OutboxStatus.PENDING, event.status());
    assertEquals(1, event.attempts());
    assertEquals(T0.plusSeconds(5), event.nextAttemptAt());
    assertEquals("mapper_parsing_exception", event.lastError().orElseThrow());
  }

  @Test
  void an_event_is_given_up_on_at_the_last_allowed_attempt() {
    event.failed("rejected", T0, RETRY, 3);
    event.failed("rejected", T0, RETRY, 3);
    assertEquals(OutboxStatus.PENDING, event.status());

    event.failed("rejected", T0, RETRY, 3);

    assertEquals(OutboxStatus.DEAD, event.status());
    assertEquals(3, event.attempts());
  }

  @Test
  void a_failure_without_a_message_is_recorded_as_an_unknown_error() {
    event.failed(null, T0, RETRY, 10);

    assertEquals("unknown error", event.lastError().orElseThrow());
  }

  @Test
  void an_overlong_error_is_cut_to_what_the_column_holds() {
    event.failed("x".repeat(OutboxEvent.ERROR_LENGTH + 50), T0, RETRY, 10);

    assertEquals(OutboxEvent.ERROR_LENGTH, event.lastError().orElseThrow().length());
  }

  @Test
  void a_requeued_dead_event_starts_afresh_and_is_due_at_once() {
    event.failed("rejected", T0, RETRY, 1);
    Instant later = T0.plus(Duration.ofHours(2));

    event.requeue(later);

    assertEquals(OutboxStatus.PENDING, event.status());
    assertEquals(0, event.attempts());
    assertEquals(later, event.nextAttemptAt());
    assertEquals("rejected", event.lastError().orElseThrow(), "the last error stays for operators");
  }

  @Test
  void tries_lost_to_an_outage_never_give_an_event_up_nor_make_the_next_rejection_fatal() {
    for (int i = 0; i < 50; i++) {
      event.unavailable("connection refused", T0, RETRY);
    }
    assertEquals(OutboxStatus.PENDING, event.status());
    assertEquals(50, event.attempts(), "every try is shown to operators");
    assertEquals(0, event.rejections());

    event.failed("mapper_parsing_exception", T0, RETRY, 3);

    assertEquals(OutboxStatus.PENDING, event.status(), "one rejection of three allowed");
    assertEquals(1, event.rejections());
  }
}
