package io.kbplatform.content.permission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kbplatform.content.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the per-caller access cache keeps, and what makes it forget. */
class AccessCacheTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-12-07T09:00:00Z"));
  private final AccessCache cache = new AccessCache(clock, 10);
  private final AtomicInteger reads = new AtomicInteger();

  private String lookup(String key) {
    return cache.get(key, () -> key + "#" + reads.incrementAndGet());
  }

  @Test
  void a_second_lookup_within_the_time_limit_reads_nothing() {
    assertEquals("ann#1", lookup("ann"));
    assertEquals("ann#1", lookup("ann"));
    assertEquals("bob#2", lookup("bob"));
    assertEquals(2, reads.get());
  }

  @Test
  void an_entry_is_read_again_after_the_time_limit() {
    lookup("ann");
    clock.advance(Duration.ofSeconds(9));
    assertEquals("ann#1", lookup("ann"));
    clock.advance(Duration.ofSeconds(2));
    assertEquals("ann#2", lookup("ann"));
  }

  @Test
  void a_change_forgets_every_entry() {
    lookup("ann");
    lookup("bob");
    cache.changed();
    assertEquals("ann#3", lookup("ann"));
    assertEquals("bob#4", lookup("bob"));
  }

  @Test
  void a_lookup_that_overlapped_a_change_is_not_kept() {
    // the database was read before the change committed: its answer may be the old one
    String overlapped =
        cache.get(
            "ann",
            () -> {
              String before = "ann#" + reads.incrementAndGet();
              cache.changed();
              return before;
            });
    assertEquals("ann#1", overlapped);
    assertEquals("ann#2", lookup("ann"), "read again, not the answer from before the change");
  }

  @Test
  void a_disabled_cache_always_reads() {
    AccessCache off = AccessCache.disabled();
    off.get("ann", reads::incrementAndGet);
    off.get("ann", reads::incrementAndGet);
    assertEquals(2, reads.get());
  }
}
