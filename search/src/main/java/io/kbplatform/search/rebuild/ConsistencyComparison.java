package io.kbplatform.search.rebuild;

import io.kbplatform.content.article.PublishedState;
import io.kbplatform.search.rebuild.ConsistencyReport.StaleDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares what the database says the index should hold with what a scan of the index found:
 * missing (in the database, not in the index), stale (version or status differ) and orphaned (in
 * the index only). Keeps every id, for repairs; reports samples.
 */
final class ConsistencyComparison {

  static final String PUBLISHED = "PUBLISHED";
  static final String ARCHIVED = "ARCHIVED";

  private final Map<String, PublishedState> expected = new HashMap<>();
  private final long databaseArticles;
  private final List<StaleDocument> stale = new ArrayList<>();
  private final List<String> orphaned = new ArrayList<>();
  private long indexed;

  ConsistencyComparison(List<PublishedState> database) {
    database.forEach(s -> expected.put(s.id(), s));
    this.databaseArticles = database.size();
  }

  /** One document found in the index. */
  void indexed(String id, Integer version, String status) {
    indexed++;
    PublishedState should = expected.remove(id);
    if (should == null) {
      orphaned.add(id);
      return;
    }
    String shouldStatus = should.archived() ? ARCHIVED : PUBLISHED;
    int found = version == null ? -1 : version;
    if (found != should.version() || !shouldStatus.equals(status)) {
      stale.add(new StaleDocument(id, should.version(), shouldStatus, found, status));
    }
  }

  /** Every id that needs indexing again (missing, stale) or removing (orphaned). */
  List<String> toRepair() {
    TreeSet<String> ids = new TreeSet<>(expected.keySet());
    stale.forEach(s -> ids.add(s.id()));
    ids.addAll(orphaned);
    return List.copyOf(ids);
  }

  ConsistencyReport report(Instant at, long pendingOutbox) {
    List<String> missing = new ArrayList<>(new TreeSet<>(expected.keySet()));
    boolean consistent = missing.isEmpty() && stale.isEmpty() && orphaned.isEmpty();
    return new ConsistencyReport(
        at,
        databaseArticles,
        indexed,
        missing.size(),
        sample(missing),
        stale.size(),
        sample(stale),
        orphaned.size(),
        sample(orphaned),
        pendingOutbox,
        consistent);
  }

  private static <T> List<T> sample(List<T> all) {
    return List.copyOf(all.subList(0, Math.min(all.size(), ConsistencyReport.SAMPLE)));
  }
}
