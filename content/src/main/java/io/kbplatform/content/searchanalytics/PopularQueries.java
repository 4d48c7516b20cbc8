package io.kbplatform.content.searchanalytics;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Popular successful queries, for autocomplete: those of the last {@value #WINDOW_DAYS} days that
 * found something, were searched by at least {@code kb.search.analytics.suggestion-min-users}
 * distinct users and never held personal data (not even a name of a user known now), most popular
 * first. Served from an in-memory snapshot, refreshed every {@code
 * kb.search.analytics.popular-refresh}. The queries are what users typed over all spaces: callers
 * must check that a suggestion finds something the user may read before showing it.
 */
@ApplicationScoped
public class PopularQueries {

  private static final Logger LOG = Logger.getLogger(PopularQueries.class.getName());
  static final int WINDOW_DAYS = 30;

  @Resource ManagedScheduledExecutorService executor;

  private SearchReports reports;
  private KnownNames names;
  private Clock clock;
  private int minUsers;
  private Duration refreshEvery;
  private int maxQueries;
  private volatile PopularSnapshot snapshot;
  private ScheduledFuture<?> task;

  protected PopularQueries() {}

  @Inject
  public PopularQueries(
      SearchReports reports,
      KnownNames names,
      Clock clock,
      @ConfigProperty(name = "kb.search.analytics.popular-refresh", defaultValue = "PT1M")
          Duration refreshEvery,
      @ConfigProperty(name = "kb.search.analytics.popular-max", defaultValue = "10000")
          int maxQueries,
      @ConfigProperty(name = "kb.search.analytics.suggestion-min-users", defaultValue = "3")
          int minUsers) {
    this.reports = reports;
    this.names = names;
    this.minUsers = Math.max(1, minUsers);
    this.clock = clock;
    this.refreshEvery = refreshEvery;
    this.maxQueries = maxQueries;
  }

  /**
   * Up to {@code limit} popular queries that start with the prefix, most popular first. The prefix
   * is compared as given: pass it through {@link QueryText#normalise} first.
   */
  public List<String> startingWith(String normalisedPrefix, int limit) {
    PopularSnapshot current = snapshot;
    if (current == null) {
      current = firstSnapshot();
    }
    return current.startingWith(normalisedPrefix, limit);
  }

  /** Reads the popular queries from the database now; returns how many there are. */
  public int refresh() {
    Instant now = clock.instant();
    PersonalData masker = names.masker();
    List<String> queries =
        reports
            .successfulQueries(now.minus(Duration.ofDays(WINDOW_DAYS)), now, minUsers, maxQueries)
            .stream()
            .map(QueryStats::query)
            .filter(query -> !masker.holdsPersonalData(query))
            .filter(query -> !query.contains(PersonalData.NAME_MASK))
            .toList();
    PopularSnapshot fresh = new PopularSnapshot(queries);
    snapshot = fresh;
    return fresh.size();
  }

  private synchronized PopularSnapshot firstSnapshot() {
    if (snapshot == null) {
      refreshQuietly();
      if (snapshot == null) {
        snapshot = PopularSnapshot.EMPTY;
      }
      long millis = Math.max(1000, refreshEvery.toMillis());
      if (executor != null) {
        task =
            executor.scheduleWithFixedDelay(
                this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
      }
    }
    return snapshot;
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (Throwable e) { // NOPMD: an escaping error would cancel the periodic refresh for good
      LOG.log(Level.WARNING, "Refreshing popular queries failed; will retry", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }
}
