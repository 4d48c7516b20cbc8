package io.kbplatform.content.permission;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps what every request asks the database about its caller — the caller's groups and levels in
 * each space — for a few seconds, so that a search costs no database round trip for it.
 *
 * <p>Nothing stale is ever served on this instance: every change to grants, groups or memberships
 * calls {@link #changed()}, which invalidates all entries at once (a generation counter) when the
 * change is made and again when its transaction ends. A lookup remembers the generation it started
 * under and keeps its result only for that generation, so a lookup that read the database before a
 * change committed can never be mistaken for a fresh one. The time limit ({@code
 * kb.access.cache-seconds}, default 10, 0 turns the cache off) bounds how long a change made on
 * another app instance sharing the database takes to be seen here.
 */
@ApplicationScoped
public class AccessCache {

  static final int MAX_ENTRIES = 20_000;

  private final AtomicLong generation = new AtomicLong();
  private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
  private Clock clock;
  private long ttlMillis;

  @Resource TransactionSynchronizationRegistry transaction;

  protected AccessCache() {}

  @Inject
  public AccessCache(
      Clock clock,
      @ConfigProperty(name = "kb.access.cache-seconds", defaultValue = "10") long ttlSeconds) {
    this.clock = clock;
    this.ttlMillis = Math.max(0, ttlSeconds) * 1000;
  }

  /** A cache that keeps nothing: every lookup reads the database (unit tests, or switched off). */
  public static AccessCache disabled() {
    return new AccessCache(Clock.systemUTC(), 0);
  }

  /** The value cached under this key, or the loader's answer (then kept, if still current). */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> loader) {
    if (ttlMillis == 0) {
      return loader.get();
    }
    long current = generation.get();
    long now = clock.millis();
    Entry entry = entries.get(key);
    if (entry != null && entry.generation == current && entry.expires > now) {
      return (T) entry.value;
    }
    T value = loader.get();
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, new Entry(current, now + ttlMillis, value));
    return value;
  }

  /**
   * Grants, groups or memberships are changing in the current transaction (if any): forgets every
   * entry now and again when the transaction completes, whether it commits or rolls back.
   */
  public void changed() {
    invalidate();
    if (transaction != null && transaction.getTransactionKey() != null) {
      transaction.registerInterposedSynchronization(new InvalidateAfterCompletion());
    }
  }

  private void invalidate() {
    generation.incrementAndGet();
    entries.clear();
  }

  private record Entry(long generation, long expires, Object value) {}

  private final class InvalidateAfterCompletion implements Synchronization {
    @Override
    public void beforeCompletion() {
      // nothing to do before the commit: the entries were forgotten when the change was made
    }

    @Override
    public void afterCompletion(int status) {
      invalidate(); // committed or rolled back: either way lookups made meanwhile are not kept
    }
  }
}
