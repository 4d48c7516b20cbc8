package io.kbplatform.content.user;

import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.audit.AuditQuery;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
  private Event<AccountCreated> created;

  protected UserService() {}

  @Inject
  public UserService(
      UserRepository users, AuditLog audit, Clock clock, Event<AccountCreated> created) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
    this.created = created;
  }

  /** Creates an account on behalf of the platform itself (the bootstrap administrator). */
  @Transactional
  public UserAccount create(NewUser request) {
    return create(request, "system");
  }

  @Transactional
  public UserAccount create(NewUser request, String by) {
    Optional<UserAccount> taken = users.findByUsername(request.username());
    if (taken.isPresent()) {
      throw new ConflictException(
          "A user named '"
              + taken.get().username()
              + "' already exists (usernames ignore case and character width).");
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
    created.fire(new AccountCreated(user.username()));
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
    audit.record(by, AuditAction.ROLES_CHANGED, "user", user.username(), roles(roles));
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
    if (enabled && user.clashed()) {
      throw new ConflictException(
          "'"
              + user.username()
              + "' has the same name as an older account (usernames ignore case and width) and"
              + " stays disabled.");
    }
    if (!enabled && Usernames.canonical(user.username()).equals(Usernames.canonical(by))) {
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
        by,
        enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
        "user",
        user.username(),
        null);
    return user;
  }

  /**
   * Sets a new password chosen by an administrator (e.g. for someone who forgot theirs). The user's
   * browser sessions end at their next request (the credentials version rises).
   */
  @Transactional
  public UserAccount resetPassword(String username, char[] password, String by) {
    UserAccount user = get(username);
    user.changePasswordHash(hasher.hash(password));
    audit.record(by, AuditAction.PASSWORD_RESET, "user", user.username(), null);
    return user;
  }

  /**
   * Sets the password a user chose for themselves; the caller has already checked their current
   * password. Their other browser sessions end at their next request.
   */
  @Transactional
  public UserAccount changeOwnPassword(String username, char[] newPassword) {
    UserAccount user = get(username);
    user.changePasswordHash(hasher.hash(newPassword));
    audit.record(user.username(), AuditAction.PASSWORD_CHANGED, "user", user.username(), null);
    return user;
  }

  /**
   * Hashes a just-verified password again when its stored hash used fewer PBKDF2 iterations than
   * today's, so that raising the work factor reaches every account that signs in.
   */
  @Transactional
  public void rehashIfWeaker(String username, char[] verifiedPassword) {
    users
        .findByUsername(username)
        .filter(u -> hasher.needsRehash(u.passwordHash()))
        .ifPresent(u -> u.rehash(hasher.hash(verifiedPassword)));
  }

  /** Whether the stored hash was made with fewer iterations than today's. */
  public boolean needsRehash(String storedHash) {
    return hasher.needsRehash(storedHash);
  }

  /**
   * Reports, once each, the accounts that migration V16 disabled because an older account has the
   * same name apart from case or width: in the audit log, for administrators to sort out.
   */
  @Transactional
  public List<UserAccount> reportClashes() {
    List<UserAccount> clashed = users.findClashed();
    if (clashed.isEmpty()) {
      return clashed;
    }
    Set<String> alreadyReported =
        audit
            .find(new AuditQuery(null, null, null, AuditAction.USERNAME_CLASH, null, 10_000))
            .stream()
            .map(e -> e.targetId().orElse(""))
            .collect(Collectors.toSet());
    for (UserAccount user : clashed) {
      if (!alreadyReported.contains(user.username())) {
        audit.record(
            "system",
            AuditAction.USERNAME_CLASH,
            "user",
            user.username(),
            "disabled: an older account has the same name apart from case or width");
      }
    }
    return clashed;
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

  /**
   * The name an account is stored under, for a name typed in any case or width; the name as given
   * when there is no such account (so that a filter for an unknown name still finds nothing).
   */
  public String storedName(String username) {
    return users.findByUsername(username).map(UserAccount::username).orElse(username);
  }
}
