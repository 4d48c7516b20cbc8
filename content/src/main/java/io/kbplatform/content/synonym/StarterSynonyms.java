package io.kbplatform.content.synonym;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads the shipped starter synonym sets ({@link StarterSetFile}) as ordinary global sets that
 * authors then change or delete like their own: once on the first start of an installation that has
 * no set at all, and when an administrator asks, which adds only the starter sets that are missing
 * (never loaded, or deleted since) and leaves every existing one, edited or not, as it is.
 */
@ApplicationScoped
public class StarterSynonyms {

  /** Who the sets loaded at first start are created by, in the sets and the audit log. */
  public static final String SYSTEM = "system";

  private SynonymSetRepository sets;
  private AuditLog audit;
  private Event<SynonymsChanged> changed;
  private Clock clock;
  private Supplier<List<StarterSet>> starter;

  protected StarterSynonyms() {}

  @Inject
  public StarterSynonyms(
      SynonymSetRepository sets, AuditLog audit, Event<SynonymsChanged> changed, Clock clock) {
    this(sets, audit, changed, clock, StarterSetFile::shipped);
  }

  StarterSynonyms(
      SynonymSetRepository sets,
      AuditLog audit,
      Event<SynonymsChanged> changed,
      Clock clock,
      Supplier<List<StarterSet>> starter) {
    this.sets = sets;
    this.audit = audit;
    this.changed = changed;
    this.clock = clock;
    this.starter = starter;
  }

  /**
   * On an installation without any synonym set, loads the whole starter set; otherwise nothing.
   *
   * @return how many sets were added
   */
  @Transactional
  public StarterLoad loadIntoEmptyInstallation() {
    if (sets.count() > 0) {
      return new StarterLoad(0, 0, 0);
    }
    return addMissing(SYSTEM);
  }

  /**
   * Adds the starter sets that are missing, for an administrator; existing sets, edited or not, are
   * kept as they are.
   */
  @Transactional
  public StarterLoad loadMissing(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("Only administrators load the starter synonym sets.");
    }
    return addMissing(actor.username());
  }

  private StarterLoad addMissing(String by) {
    Set<String> present = sets.starterKeys();
    long room = SynonymService.MAX_SETS_PER_SCOPE - sets.countInScope(null);
    Instant now = clock.instant();
    int added = 0;
    int kept = 0;
    int noRoom = 0;
    for (StarterSet set : starter.get()) {
      if (present.contains(set.key())) {
        kept++;
      } else if (added < room) {
        sets.add(SynonymSet.fromStarter(set, by, now));
        added++;
      } else {
        noRoom++;
      }
    }
    if (added > 0) {
      sets.flush();
      audit.record(
          by,
          AuditAction.SYNONYMS_CHANGED,
          "synonym_set",
          "starter-set",
          "global; starter set loaded: "
              + added
              + " sets added, "
              + kept
              + " already there"
              + (noRoom > 0 ? ", " + noRoom + " left out (no room)" : ""));
      changed.fire(new SynonymsChanged(null));
    }
    return new StarterLoad(added, kept, noRoom);
  }
}
