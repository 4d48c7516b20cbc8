package io.kbplatform.content.permission;

import io.kbplatform.content.user.Role;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The user on whose behalf the service layer acts: name, roles and group memberships. Roles cap
 * what grants can give: agents and learners only ever read; authors and trainers get what their
 * grants say; administrators may do everything everywhere.
 */
public record Actor(String username, Set<Role> roles, Set<String> groups) {

  public Actor {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    groups = Set.copyOf(groups);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  public boolean inGroup(String groupKey) {
    return groups.contains(groupKey);
  }

  /** The highest level any grant can give this actor, or none for a user without roles. */
  public Optional<AccessLevel> ceiling() {
    if (roles.contains(Role.ADMIN) || roles.contains(Role.AUTHOR) || roles.contains(Role.TRAINER)) {
      return Optional.of(AccessLevel.ADMINISTER);
    }
    return roles.isEmpty() ? Optional.empty() : Optional.of(AccessLevel.VIEW);
  }

  /** Every principal this actor acts as: everyone, itself and its groups. */
  public Set<Principal> principals() {
    Set<Principal> all = new LinkedHashSet<>();
    all.add(Principal.EVERYONE);
    all.add(Principal.user(username));
    groups.stream().sorted().map(Principal::group).forEach(all::add);
    return all;
  }
}
