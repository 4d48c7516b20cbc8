package io.kbplatform.search.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.PublishedArticle;
import io.kbplatform.content.outbox.InMemoryOutbox;
import io.kbplatform.content.outbox.OutboxEvent;
import io.kbplatform.content.outbox.OutboxStatus;
import io.kbplatform.content.testing.RecordedEvents;
import io.kbplatform.content.testing.TestClock;
import io.kbplatform.search.rebuild.RebuildTarget.Target;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the indexer makes of each outbox event: a document written or removed, a retry later, or a
 * dead letter; and how a rebuild and outages of either side change that. The database, the outbox
 * and the index are in memory.
 */
class OutboxIndexerTest {

  private static final int MAX_ATTEMPTS = 3;
  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

  private final TestClock clock = new TestClock(T0);
  private final InMemoryOutbox outbox = new InMemoryOutbox(clock, new RecordedEvents<>());
  private final InMemoryPublishedArticles database = new InMemoryPublishedArticles();
  private final InMemoryIndex index = new InMemoryIndex();
  private final RunningRebuild rebuild = new RunningRebuild();
  private final OutboxIndexer indexer =
      new OutboxIndexer(
          outbox,
          database,
          index,
          new PlainDocuments(),
          rebuild,
          Duration.ofSeconds(30),
          MAX_ATTEMPTS);

  @Test
  void a_published_article_is_written_to_the_index_and_its_event_settled() {
    published("a1", "退款流程");
    outbox.articleChanged("a1");

    assertEquals(1, indexer.drain());

    assertEquals("退款流程", index.serving.get("a1").title());
    assertTrue(outbox.isEmpty());
  }

  @Test
  void an_article_no_longer_published_is_removed_from_the_index() {
    published("a1", "退款流程");
    outbox.articleChanged("a1");
    indexer.drain();
    database.byId.remove("a1");
    outbox.articleChanged("a1");

    assertEquals(1, indexer.drain());

    assertFalse(index.serving.containsKey("a1"));
    assertTrue(outbox.isEmpty());
  }

  @Test
  void an_archived_article_stays_in_the_index_marked_archived_for_its_editors() {
    database.byId.put("a1", article("a1", "旧流程", ArticleStatus.ARCHIVED));
    outbox.articleChanged("a1");

    indexer.drain();

    assertEquals("ARCHIVED", index.serving.get("a1").status());
  }

  @Test
  void a_document_the_cluster_rejects_is_retried_later_while_the_others_go_through() {
    published("a1", "坏文档");
    published("a2", "好文档");
    index.rejecting.put("a1", es(400, "mapper_parsing_exception"));
    outbox.articleChanged("a1");
    outbox.articleChanged("a2");

    indexer.drain();

    assertTrue(index.serving.containsKey("a2"));
    OutboxEvent rejected = outbox.about("a1");
    assertEquals(OutboxStatus.PENDING, rejected.status());
    assertEquals(1, rejected.attempts());
    assertTrue(rejected.lastError().orElseThrow().contains("mapper_parsing_exception"));
    assertTrue(rejected.nextAttemptAt().isAfter(T0), "not before its retry delay");
  }

  @Test
  void a_rejected_event_waits_for_its_retry_delay() {
    published("a1", "退款流程");
    index.rejecting.put("a1", es(400, "mapper_parsing_exception"));
    outbox.articleChanged("a1");
    indexer.drain();
    index.rejecting.clear();

    assertEquals(0, indexer.drain(), "not yet due");

    clock.advance(Duration.ofSeconds(2));
    assertEquals(1, indexer.drain());
    assertTrue(index.serving.containsKey("a1"));
  }

  @Test
  void a_document_rejected_at_every_allowed_attempt_becomes_a_dead_letter() {
    published("a1", "坏文档");
    index.rejecting.put("a1", es(400, "mapper_parsing_exception"));
    outbox.articleChanged("a1");

    for (int i = 0; i < MAX_ATTEMPTS + 2; i++) {
      indexer.drain();
      clock.advance(Duration.ofMinutes(1));
    }

    OutboxEvent dead = outbox.about("a1");
    assertEquals(OutboxStatus.DEAD, dead.status());
    assertEquals(MAX_ATTEMPTS, dead.attempts(), "no attempt after giving up");
  }

  @Test
  void while_the_cluster_is_down_nothing_is_given_up_and_the_drain_stops_at_once() {
    published("a1", "一");
    published("a2", "二");
    index.servingFailure = new ConnectException("Connection refused");
    outbox.articleChanged("a1");
    outbox.articleChanged("a2");

    for (int i = 0; i < MAX_ATTEMPTS + 2; i++) {
      assertEquals(0, indexer.drain());
      clock.advance(Duration.ofMinutes(1));
    }

    assertEquals(OutboxStatus.PENDING, outbox.about("a1").status());
    assertEquals(MAX_ATTEMPTS + 2, outbox.about("a1").attempts());
    assertEquals(0, outbox.about("a2").attempts(), "not tried while the cluster is down");
    assertEquals(0, outbox.count(OutboxStatus.DEAD));
    assertTrue(index.forgotten > 0, "the index is checked again once the cluster is back");
  }

  @Test
  void after_a_long_outage_a_rejected_document_still_gets_every_allowed_retry() {
    published("a1", "坏文档");
    index.servingFailure = new ConnectException("Connection refused");
    outbox.articleChanged("a1");
    for (int i = 0; i < MAX_ATTEMPTS + 2; i++) {
      indexer.drain();
      clock.advance(Duration.ofMinutes(1));
    }
    index.servingFailure = null;
    index.rejecting.put("a1", es(400, "mapper_parsing_exception"));

    indexer.drain();

    OutboxEvent event = outbox.about("a1");
    assertEquals(OutboxStatus.PENDING, event.status(), "one rejection is not the last");
    assertEquals(1, event.rejections());
    for (int i = 0; i < MAX_ATTEMPTS; i++) {
      clock.advance(Duration.ofMinutes(1));
      indexer.drain();
    }
    assertEquals(OutboxStatus.DEAD, outbox.about("a1").status());
    assertEquals(MAX_ATTEMPTS, outbox.about("a1").rejections());
  }

  @Test
  void an_overloaded_cluster_counts_as_down_not_as_a_rejection() {
    published("a1", "一");
    index.servingFailure = es(429, "es_rejected_execution_exception");
    outbox.articleChanged("a1");

    for (int i = 0; i < MAX_ATTEMPTS + 1; i++) {
      indexer.drain();
      clock.advance(Duration.ofMinutes(1));
    }

    assertEquals(OutboxStatus.PENDING, outbox.about("a1").status());
  }

  @Test
  void once_the_cluster_is_back_the_waiting_changes_are_delivered() {
    published("a1", "一");
    published("a2", "二");
    index.servingFailure = new ConnectException("Connection refused");
    outbox.articleChanged("a1");
    outbox.articleChanged("a2");
    indexer.drain();

    index.servingFailure = null;
    clock.advance(Duration.ofMinutes(1));

    assertEquals(2, indexer.drain());
    assertEquals(Set.of("a1", "a2"), index.serving.keySet());
    assertTrue(outbox.isEmpty());
  }

  @Test
  void a_missing_index_is_forgotten_so_that_it_is_created_again_and_nothing_is_given_up() {
    published("a1", "一");
    index.servingFailure = es(404, "index_not_found_exception");
    outbox.articleChanged("a1");

    indexer.drain();

    assertTrue(index.forgotten > 0);
    assertEquals(OutboxStatus.PENDING, outbox.about("a1").status());
  }

  @Test
  void while_the_database_is_down_changes_wait_without_counting_an_attempt() {
    published("a1", "一");
    outbox.articleChanged("a1");
    database.databaseDown = true;

    assertEquals(0, indexer.drain());

    assertEquals(0, outbox.about("a1").attempts());
    database.databaseDown = false;
    assertEquals(1, indexer.drain());
    assertTrue(index.serving.containsKey("a1"));
  }

  @Test
  void during_a_rebuild_each_change_goes_into_the_new_index_too_and_is_noted() {
    rebuild.running = Optional.of(new Target(7, "kb-articles-v3-new"));
    published("a1", "一");
    outbox.articleChanged("a1");

    indexer.drain();

    assertTrue(index.serving.containsKey("a1"));
    assertTrue(index.concrete.get("kb-articles-v3-new").containsKey("a1"));
    assertEquals(List.of("a1"), rebuild.changed);
  }

  @Test
  void during_a_rebuild_a_removal_reaches_both_indices() {
    published("a1", "一");
    outbox.articleChanged("a1");
    rebuild.running = Optional.of(new Target(7, "kb-articles-v3-new"));
    indexer.drain();
    database.byId.remove("a1");
    outbox.articleChanged("a1");

    indexer.drain();

    assertFalse(index.serving.containsKey("a1"));
    assertFalse(index.concrete.get("kb-articles-v3-new").containsKey("a1"));
  }

  @Test
  void a_change_the_serving_index_rejects_but_the_rebuilding_index_takes_counts_as_delivered() {
    rebuild.running = Optional.of(new Target(7, "kb-articles-v3-new"));
    published("a1", "新字段");
    index.rejecting.put("a1", es(400, "mapper_parsing_exception"));
    outbox.articleChanged("a1");

    assertEquals(1, indexer.drain());

    assertTrue(index.concrete.get("kb-articles-v3-new").containsKey("a1"));
    assertTrue(outbox.isEmpty());
  }

  @Test
  void a_change_the_rebuilding_index_cannot_take_is_retried() {
    rebuild.running = Optional.of(new Target(7, "kb-articles-v3-new"));
    published("a1", "一");
    index.concreteFailure = new ConnectException("Connection refused");
    outbox.articleChanged("a1");

    assertEquals(0, indexer.drain());

    assertEquals(OutboxStatus.PENDING, outbox.about("a1").status());
    assertEquals(1, outbox.about("a1").attempts());
  }

  @Test
  void more_changes_than_one_batch_are_all_delivered_in_one_drain() {
    int count = OutboxIndexer.BATCH * 2 + 5;
    for (int i = 0; i < count; i++) {
      published("a" + i, "文章 " + i);
      outbox.articleChanged("a" + i);
    }

    assertEquals(count, indexer.drain());

    assertEquals(count, index.serving.size());
    assertTrue(outbox.isEmpty());
  }

  private void published(String id, String title) {
    database.byId.put(id, article(id, title, ArticleStatus.PUBLISHED));
  }

  private static PublishedArticle article(String id, String title, ArticleStatus status) {
    return new PublishedArticle(
        id,
        "CS",
        null,
        null,
        1,
        title,
        "正文",
        List.of(),
        "erin",
        status,
        false,
        T0,
        T0,
        Set.of("everyone"),
        Set.of("*"),
        List.of());
  }

  private static ElasticsearchException es(int status, String type) {
    return new ElasticsearchException(
        "index", ErrorResponse.of(r -> r.status(status).error(e -> e.type(type).reason("test"))));
  }
}
