package io.kbplatform.content.group;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessCache;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.user.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** Groups and their members; only administrators change them. */
@ApplicationScoped
public class GroupService {

  private GroupRepository groups;
  private UserService users;
  private AuditLog audit;
  private Clock clock;
  private AccessCache access;

  protected GroupService() {}

  /** Groups whose memberships are read from the database every time (no cache). */
  public GroupService(GroupRepository groups, UserService users, AuditLog audit, Clock clock) {
    this(groups, users, audit, clock, AccessCache.disabled());
  }

  @Inject
  public GroupService(
      GroupRepository groups, UserService users, AuditLog audit, Clock clock, AccessCache access) {
    this.groups = groups;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.access = access;
  }

  @Transactional
  public Group create(Actor actor, NewGroup request) {
    requireAdmin(actor);
    if (groups.findByKey(request.key()).isPresent()) {
      throw new ConflictException("A group with key '" + request.key() + "' already exists.");
    }
    Group group = new Group(request.key(), request.name(), request.description(), clock.instant());
    groups.add(group);
    audit.record(actor.username(), AuditAction.GROUP_CREATED, "group", group.key(), group.name());
    return group;
  }

  /**
   * Deletes a group that nothing names any more. A group still named by a grant, a restriction or a
   * mandatory reading is kept (409): a later group of the same key would silently inherit them, and
   * dropping it from a restriction would open the article to the whole space.
   */
  @Transactional
  public void delete(Actor actor, String key) {
    requireAdmin(actor);
    Group group = get(key);
    long usages = groups.usages(key);
    if (usages > 0) {
      throw new ConflictException(
          "Group '"
              + key
              + "' is still named by "
              + usages
              + " grants, article restrictions or mandatory readings; remove those first.");
    }
    groups.remove(group);
    access.changed();
    audit.record(actor.username(), AuditAction.GROUP_DELETED, "group", key, null);
  }

  @Transactional
  public Group addMember(Actor actor, String key, String username) {
    requireAdmin(actor);
    Group group = get(key);
    // Members are kept under the name the account is stored with, however it was typed.
    String member = users.get(username).username();
    if (group.addMember(member)) {
      access.changed();
      audit.record(actor.username(), AuditAction.GROUP_MEMBER_ADDED, "group", key, member);
    }
    return group;
  }

  @Transactional
  public Group removeMember(Actor actor, String key, String username) {
    requireAdmin(actor);
    Group group = get(key);
    String member = users.storedName(username);
    if (group.removeMember(member)) {
      access.changed();
      audit.record(actor.username(), AuditAction.GROUP_MEMBER_REMOVED, "group", key, member);
    }
    return group;
  }

  public Group get(String key) {
    return groups.findByKey(key).orElseThrow(() -> new NotFoundException("Group", key));
  }

  public boolean exists(String key) {
    return groups.findByKey(key).isPresent();
  }

  public List<Group> list() {
    return groups.findAll();
  }

  /** The keys of the groups a user belongs to (kept briefly: every request asks). */
  public Set<String> keysOf(String username) {
    return access.get(new GroupsOf(username), () -> Set.copyOf(groups.keysOf(username)));
  }

  /** The cache key of a user's group keys. */
  private record GroupsOf(String username) {}

  private static void requireAdmin(Actor actor) {
    if (!actor.isAdmin()) {
      throw new ForbiddenException("Only administrators manage groups.");
    }
  }
}
