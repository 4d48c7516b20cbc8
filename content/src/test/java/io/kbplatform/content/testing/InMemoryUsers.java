package io.kbplatform.content.testing;

import io.kbplatform.content.user.Role;
import io.kbplatform.content.user.UserAccount;
import io.kbplatform.content.user.UserRepository;
import io.kbplatform.content.user.Usernames;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** User accounts in a map, found by canonical name as the repository finds them. */
public final class InMemoryUsers extends UserRepository {

  private final Map<String, UserAccount> byCanonicalName = new HashMap<>();

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(byCanonicalName.get(Usernames.canonical(username)));
  }

  @Override
  public List<UserAccount> findAll() {
    return byCanonicalName.values().stream()
        .sorted(Comparator.comparing(UserAccount::username))
        .toList();
  }

  @Override
  public long countWithRole(Role role) {
    return byCanonicalName.values().stream().filter(u -> u.roles().contains(role)).count();
  }

  @Override
  public void add(UserAccount user) {
    byCanonicalName.put(Usernames.canonical(user.username()), user);
  }
}
