package io.kbplatform.content.synonym;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceRepository;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Synonym sets for an actor. Global sets are read by everyone and changed by authors, trainers and
 * administrators; a space's sets are read by its readers and changed by its editors. A set of a
 * space the actor may not read is not found, like the space.
 */
@ApplicationScoped
public class SynonymService {

  /** Sets per scope (global, or one space): keeps lists short and query expansion cheap. */
  public static final int MAX_SETS_PER_SCOPE = 500;

  private SynonymSetRepository sets;
  private SpaceService spaces;
  private SpaceRepository spaceRepository;
  private AccessPolicy policy;
  private AuditLog audit;
  private Event<SynonymsChanged> changed;
  private Clock clock;

  protected SynonymService() {}

  @Inject
  public SynonymService(
      SynonymSetRepository sets,
      SpaceService spaces,
      SpaceRepository spaceRepository,
      AccessPolicy policy,
      AuditLog audit,
      Event<SynonymsChanged> changed,
      Clock clock) {
    this.sets = sets;
    this.spaces = spaces;
    this.spaceRepository = spaceRepository;
    this.policy = policy;
    this.audit = audit;
    this.changed = changed;
    this.clock = clock;
  }

  /** The sets of a space the actor may read, or the global sets when {@code spaceKey} is null. */
  @Transactional
  public List<SynonymSet> list(Actor actor, String spaceKey) {
    if (spaceKey != null) {
      spaces.get(actor, spaceKey); // not found unless readable
    }
    return sets.inScope(spaceKey);
  }

  /** A set the actor may read: a global one, or one of a space it may read. */
  @Transactional
  public SynonymSet get(Actor actor, String id) {
    return sets.find(id)
        .filter(set -> set.spaceKey().map(key -> canRead(actor, key)).orElse(true))
        .orElseThrow(() -> new NotFoundException("Synonym set", id));
  }

  /** A set the actor may read and change; not found or forbidden otherwise. */
  @Transactional
  public SynonymSet editable(Actor actor, String id) {
    SynonymSet set = get(actor, id);
    requireChange(actor, set.spaceKey().orElse(null));
    return set;
  }

  @Transactional
  public SynonymSet create(Actor actor, NewSynonymSet request) {
    String spaceKey = request.spaceKey();
    requireChange(actor, spaceKey);
    if (sets.countInScope(spaceKey) >= MAX_SETS_PER_SCOPE) {
      throw new ConflictException(
          "There are " + MAX_SETS_PER_SCOPE + " synonym sets here already; merge some first.");
    }
    SynonymSet set = new SynonymSet(spaceKey, request.terms(), actor.username(), clock.instant());
    sets.add(set);
    sets.flush();
    recordChange(actor, set, "created: " + String.join(", ", set.terms()));
    return set;
  }

  /** Replaces the terms of a set, if the actor saw its current version. */
  @Transactional
  public SynonymSet update(Actor actor, String id, List<String> terms, long expectedVersion) {
    SynonymSet set = editable(actor, id);
    set.change(terms, expectedVersion, actor.username(), clock.instant());
    sets.flush();
    recordChange(actor, set, "changed: " + String.join(", ", set.terms()));
    return set;
  }

  @Transactional
  public void delete(Actor actor, String id) {
    SynonymSet set = editable(actor, id);
    sets.remove(set);
    recordChange(actor, set, "deleted: " + String.join(", ", set.terms()));
  }

  /** Every set of every space, for search: not trimmed per actor. */
  @Transactional
  public List<SynonymSet> all() {
    return sets.all();
  }

  private boolean canRead(Actor actor, String spaceKey) {
    return spaceRepository.findByKey(spaceKey).filter(s -> policy.canView(actor, s)).isPresent();
  }

  private void requireChange(Actor actor, String spaceKey) {
    if (spaceKey == null) {
      boolean writer =
          actor.roles().contains(Role.AUTHOR)
              || actor.roles().contains(Role.TRAINER)
              || actor.isAdmin();
      if (!writer) {
        throw new ForbiddenException(
            "Only authors, trainers and administrators change global synonyms.");
      }
      return;
    }
    Space space = spaces.get(actor, spaceKey);
    policy.require(actor, space, AccessLevel.EDIT);
  }

  private void recordChange(Actor actor, SynonymSet set, String detail) {
    String scope = set.spaceKey().map(key -> "space " + key).orElse("global");
    audit.record(
        actor.username(),
        AuditAction.SYNONYMS_CHANGED,
        "synonym_set",
        set.id(),
        scope + "; " + detail);
    changed.fire(new SynonymsChanged(set.spaceKey().orElse(null)));
  }
}
