package io.kbplatform.content.permission;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.group.GroupRepository;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceRepository;
import io.kbplatform.content.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Grants on spaces: who may view, edit, publish or administer each one. */
@ApplicationScoped
public class SpaceGrantService {

  private SpaceGrantRepository grants;
  private SpaceRepository spaces;
  private UserRepository users;
  private GroupRepository groups;
  private AccessPolicy policy;
  private AuditLog audit;
  private Event<SpaceAccessChanged> changed;
  private Clock clock;

  protected SpaceGrantService() {}

  @Inject
  public SpaceGrantService(
      SpaceGrantRepository grants,
      SpaceRepository spaces,
      UserRepository users,
      GroupRepository groups,
      AccessPolicy policy,
      AuditLog audit,
      Event<SpaceAccessChanged> changed,
      Clock clock) {
    this.grants = grants;
    this.spaces = spaces;
    this.users = users;
    this.groups = groups;
    this.policy = policy;
    this.audit = audit;
    this.changed = changed;
    this.clock = clock;
  }

  @Transactional
  public List<SpaceGrant> list(Actor actor, String spaceKey) {
    Space space = space(spaceKey);
    policy.require(actor, space, AccessLevel.ADMINISTER);
    return grants.forSpace(space);
  }

  /** Sets a principal's level on a space, creating or replacing its grant. */
  @Transactional
  public SpaceGrant grant(Actor actor, String spaceKey, Principal principal, AccessLevel level) {
    Space space = space(spaceKey);
    policy.require(actor, space, AccessLevel.ADMINISTER);
    principal = existing(principal);
    SpaceGrant grant = grants.find(space, principal).orElse(null);
    if (grant == null) {
      grant = new SpaceGrant(space, principal, level, actor.username(), clock.instant());
      grants.add(grant);
    } else {
      grant.change(level, actor.username(), clock.instant());
    }
    audit.record(
        actor.username(),
        AuditAction.GRANT_CHANGED,
        "space",
        spaceKey,
        principal.token() + " = " + level);
    policy.forget();
    changed.fire(new SpaceAccessChanged(spaceKey));
    return grant;
  }

  @Transactional
  public void revoke(Actor actor, String spaceKey, Principal named) {
    Principal principal = stored(named);
    Space space = space(spaceKey);
    policy.require(actor, space, AccessLevel.ADMINISTER);
    SpaceGrant grant =
        grants
            .find(space, principal)
            .orElseThrow(() -> new NotFoundException("Grant", principal.token()));
    grants.remove(grant);
    policy.forget();
    audit.record(actor.username(), AuditAction.GRANT_REVOKED, "space", spaceKey, principal.token());
    changed.fire(new SpaceAccessChanged(spaceKey));
  }

  /** The grants a new space starts with: everyone may contribute, its creator administers it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void initialise(Space space, String creator, boolean restricted) {
    if (!restricted) {
      grants.add(
          new SpaceGrant(space, Principal.EVERYONE, AccessLevel.EDIT, creator, clock.instant()));
    }
    grants.add(
        new SpaceGrant(
            space, Principal.user(creator), AccessLevel.ADMINISTER, creator, clock.instant()));
    policy.forget();
  }

  /** The index tokens of every principal that may read the space. */
  @Transactional
  public Set<String> readerTokens(Space space) {
    Set<String> tokens = new TreeSet<>();
    grants.forSpace(space).forEach(g -> tokens.add(g.principal().token()));
    return tokens;
  }

  private Space space(String key) {
    return spaces.findByKey(key).orElseThrow(() -> new NotFoundException("Space", key));
  }

  /**
   * The principal as grants store it (a user under the name their account is stored with, however
   * the caller typed it), or 404 when it does not exist.
   */
  private Principal existing(Principal principal) {
    Optional<Principal> found =
        switch (principal.type()) {
          case EVERYONE -> Optional.of(principal);
          case USER ->
              users.findByUsername(principal.name()).map(u -> Principal.user(u.username()));
          case GROUP -> groups.findByKey(principal.name()).map(g -> principal);
        };
    return found.orElseThrow(
        () ->
            new NotFoundException(
                principal.type() == PrincipalType.USER ? "User" : "Group", principal.name()));
  }

  /** A user principal under its stored name; others as they are (revoking needs no existence). */
  private Principal stored(Principal principal) {
    return principal.type() == PrincipalType.USER
        ? users
            .findByUsername(principal.name())
            .map(u -> Principal.user(u.username()))
            .orElse(principal)
        : principal;
  }
}
