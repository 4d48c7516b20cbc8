package io.kbplatform.app.user;

import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import java.time.Instant;
import java.util.Set;

/** A user account as administrators see it; never the password hash. */
public record UserView(
    String username, String displayName, Set<Role> roles, boolean enabled, Instant createdAt) {

  static UserView of(UserAccount user) {
    return new UserView(
        user.username(), user.displayName(), user.roles(), user.enabled(), user.createdAt());
  }
}
