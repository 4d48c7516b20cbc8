package io.kbplatform.content.user;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates accounts, assigns roles and checks passwords. */
@ApplicationScoped
public class UserService {

  private final PasswordHasher hasher = new PasswordHasher();
  private UserRepository users;
  private AuditLog audit;
  private Clock clock;

  protected UserService() {}

  @Inject
  public UserService(UserRepository users, AuditLog audit, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  /** Creates an account on behalf of the platform itself (the bootstrap administrator). */
  @Transactional
  public UserAccount create(NewUser request) {
    return create(request, "system");
  }

  @Transactional
  public UserAccount create(NewUser request, String by) {
    if (users.findByUsername(request.username()).isPresent()) {
      throw new ConflictException("A user named '" + request.username() + "' already exists.");
    }
    String displayName = request.displayName() == null ? request.username() : request.displayName();
    UserAccount user =
        new UserAccount(
            request.username(),
            displayName,
            hasher.hash(request.password()),
            request.roles(),
            clock.instant());
    users.add(user);
    audit.record(by, AuditAction.USER_CREATED, "user", user.username(), roles(user.roles()));
    return user;
  }

  /** Replaces a user's roles; the last administrator cannot lose the role. */
  @Transactional
  public UserAccount assignRoles(String username, Set<Role> roles, String by) {
    UserAccount user = get(username);
    if (user.roles().contains(Role.ADMIN)
        && !roles.contains(Role.ADMIN)
        && users.countWithRole(Role.ADMIN) <= 1) {
      throw new ConflictException("'" + username + "' is the last administrator and keeps ADMIN.");
    }
    user.assignRoles(roles);
    audit.record(by, AuditAction.ROLES_CHANGED, "user", username, roles(roles));
    return user;
  }

  /**
   * Disables or enables an account. Nobody disables their own account, and the last enabled
   * administrator stays enabled.
   */
  @Transactional
  public UserAccount setEnabled(String username, boolean enabled, String by) {
    UserAccount user = get(username);
    if (user.enabled() == enabled) {
      return user;
    }
    if (!enabled && username.equals(by)) {
      throw new ConflictException("You cannot disable your own account.");
    }
    if (!enabled
        && user.roles().contains(Role.ADMIN)
        && users.countEnabledWithRole(Role.ADMIN) <= 1) {
      throw new ConflictException(
          "'" + username + "' is the last administrator and stays enabled.");
    }
    user.setEnabled(enabled);
    audit.record(
        by, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, "user", username, null);
    return user;
  }

  /** Sets a new password chosen by an administrator (e.g. for someone who forgot theirs). */
  @Transactional
  public UserAccount resetPassword(String username, char[] password, String by) {
    UserAccount user = get(username);
    user.changePasswordHash(hasher.hash(password));
    audit.record(by, AuditAction.PASSWORD_RESET, "user", username, null);
    return user;
  }

  private static String roles(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }

  public UserAccount get(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("User", username));
  }

  public List<UserAccount> list() {
    return users.findAll();
  }

  public boolean exists(String username) {
    return users.findByUsername(username).isPresent();
  }

  /** The enabled account whose password matches, if any. */
  public Optional<UserAccount> authenticate(String username, char[] password) {
    return users
        .findByUsername(username)
        .filter(UserAccount::enabled)
        .filter(u -> hasher.matches(password, u.passwordHash()));
  }
}
