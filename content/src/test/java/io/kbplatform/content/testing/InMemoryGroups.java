package io.kbplatform.content.testing;

import io.kbplatform.content.group.Group;
import io.kbplatform.content.group.GroupRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Groups in a map, by key. */
public final class InMemoryGroups extends GroupRepository {

  private final Map<String, Group> byKey = new TreeMap<>();

  @Override
  public Optional<Group> findByKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public List<Group> findAll() {
    return List.copyOf(byKey.values());
  }

  @Override
  public Set<String> keysOf(String username) {
    Set<String> keys = new TreeSet<>();
    byKey.values().stream()
        .filter(g -> g.members().contains(username))
        .forEach(g -> keys.add(g.key()));
    return keys;
  }

  @Override
  public void add(Group group) {
    byKey.put(group.key(), group);
  }

  @Override
  public void remove(Group group) {
    byKey.remove(group.key());
  }
}
