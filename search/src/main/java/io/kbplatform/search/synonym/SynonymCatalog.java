package io.kbplatform.search.synonym;

import io.kbplatform.content.synonym.SynonymService;
import io.kbplatform.content.synonym.SynonymSet;
import io.kbplatform.content.synonym.SynonymsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The synonym sets searches expand queries with: an immutable snapshot read from the database on
 * first use, read again on the next search after a change on this instance is committed, and at
 * least every {@code kb.search.synonyms.refresh} otherwise (changes made on other instances).
 */
@ApplicationScoped
public class SynonymCatalog {

  private static final Logger LOG = Logger.getLogger(SynonymCatalog.class.getName());

  private SynonymService synonyms;
  private Duration refresh;
  private final TextNormaliser normaliser = new TextNormaliser();
  private final AtomicLong changes = new AtomicLong();
  private final Object loading = new Object();
  private volatile Snapshot snapshot;

  protected SynonymCatalog() {}

  @Inject
  public SynonymCatalog(
      SynonymService synonyms,
      @ConfigProperty(name = "kb.search.synonyms.refresh", defaultValue = "PT30S")
          Duration refresh) {
    this.synonyms = synonyms;
    this.refresh = refresh;
  }

  /** The current synonyms; when they cannot be read, the last ones read (or none). */
  public SynonymExpansion expansion() {
    Snapshot current = snapshot;
    if (isFresh(current)) {
      return current.expansion();
    }
    synchronized (loading) {
      current = snapshot;
      if (isFresh(current)) {
        return current.expansion();
      }
      long seen = changes.get();
      SynonymExpansion expansion;
      try {
        expansion = SynonymExpansion.of(groups(synonyms.all()), normaliser);
      } catch (RuntimeException e) {
        // Keep searching with what we had; try again after the refresh interval.
        LOG.log(Level.WARNING, "Could not read the synonym sets; using the last ones read", e);
        expansion = current == null ? SynonymExpansion.none() : current.expansion();
      }
      snapshot = new Snapshot(expansion, seen, System.nanoTime());
      return expansion;
    }
  }

  /** Reads the sets again on the next search, once a change is committed. */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymsChanged event) {
    changes.incrementAndGet();
  }

  private boolean isFresh(Snapshot s) {
    return s != null
        && s.changesSeen() == changes.get()
        && System.nanoTime() - s.readAtNanos() < refresh.toNanos();
  }

  private static List<SynonymGroup> groups(List<SynonymSet> sets) {
    return sets.stream()
        .map(set -> new SynonymGroup(set.spaceKey().orElse(null), set.terms()))
        .toList();
  }

  private record Snapshot(SynonymExpansion expansion, long changesSeen, long readAtNanos) {}
}
