package io.kbplatform.content.user;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates accounts, assigns roles and checks passwords. */
@ApplicationScoped
public class UserService {

  private final PasswordHasher hasher = new PasswordHasher();
  private UserRepository users;
  private Clock clock;

  protected UserService() {}

  @Inject
  public UserService(UserRepository users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Transactional
  public UserAccount create(NewUser request) {
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
    return user;
  }

  /** Replaces a user's roles; the last administrator cannot lose the role. */
  @Transactional
  public UserAccount assignRoles(String username, Set<Role> roles) {
    UserAccount user = get(username);
    if (user.roles().contains(Role.ADMIN)
        && !roles.contains(Role.ADMIN)
        && users.countWithRole(Role.ADMIN) <= 1) {
      throw new ConflictException("'" + username + "' is the last administrator and keeps ADMIN.");
    }
    user.assignRoles(roles);
    return user;
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
