package io.kbplatform.content.space;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.permission.SpaceGrantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates and looks up spaces. */
@ApplicationScoped
public class SpaceService {

  private SpaceRepository spaces;
  private SpaceGrantService grants;
  private AccessPolicy policy;
  private AuditLog audit;
  private Clock clock;

  protected SpaceService() {}

  @Inject
  public SpaceService(
      SpaceRepository spaces,
      SpaceGrantService grants,
      AccessPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.spaces = spaces;
    this.grants = grants;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates a space with its initial grants; only administrators create spaces. */
  @Transactional
  public Space create(Actor actor, NewSpace request) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("Only administrators create spaces.");
    }
    String by = actor.username();
    if (spaces.findByKey(request.key()).isPresent()) {
      throw new ConflictException("A space with key '" + request.key() + "' already exists.");
    }
    Space space =
        new Space(request.key(), request.name(), request.description(), by, clock.instant());
    spaces.add(space);
    grants.initialise(space, by, request.restricted());
    audit.record(by, AuditAction.SPACE_CREATED, "space", space.key(), space.name());
    return space;
  }

  /** A space the actor may read; not found otherwise. */
  @Transactional
  public Space get(Actor actor, String key) {
    return spaces
        .findByKey(key)
        .filter(space -> policy.canView(actor, space))
        .orElseThrow(() -> new NotFoundException("Space", key));
  }

  /** A space by key, without permission checks: for code that has checked already. */
  public Space get(String key) {
    return spaces.findByKey(key).orElseThrow(() -> new NotFoundException("Space", key));
  }

  /** The spaces the actor may read. */
  @Transactional
  public List<Space> list(Actor actor) {
    return spaces.findAll().stream().filter(space -> policy.canView(actor, space)).toList();
  }

  /**
   * The keys of the spaces the actor may edit (EDIT or above): every one, or only {@code onlyKey}
   * when given (not found unless the actor may read it; empty when it may only read it).
   */
  @Transactional
  public List<String> editableKeys(Actor actor, String onlyKey) {
    List<Space> candidates = onlyKey != null ? List.of(get(actor, onlyKey)) : list(actor);
    var scope = policy.listScope(actor);
    return candidates.stream().map(Space::key).filter(scope::editsIn).toList();
  }

  /**
   * The keys of the spaces the actor may read; for anyone but an administrator without a database
   * round trip while the actor's levels are cached ({@code AccessCache}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> readableKeys(Actor actor) {
    if (actor.isAdmin()) {
      return spaces.findAll().stream().map(Space::key).collect(Collectors.toSet());
    }
    return policy.listScope(actor).readableSpaces();
  }

  /** The spaces the actor may read, each with the actor's level in it. */
  @Transactional
  public List<SpaceAccess> access(Actor actor) {
    return spaces.findAll().stream()
        .flatMap(
            space ->
                policy.levelIn(actor, space).map(level -> new SpaceAccess(space, level)).stream())
        .toList();
  }
}
