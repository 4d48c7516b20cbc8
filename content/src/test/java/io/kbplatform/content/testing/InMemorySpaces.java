package io.kbplatform.content.testing;

import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Spaces in a map, by key. */
public final class InMemorySpaces extends SpaceRepository {

  private final Map<String, Space> byKey = new TreeMap<>();

  @Override
  public Optional<Space> findByKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  @Override
  public List<Space> findAll() {
    return List.copyOf(byKey.values());
  }

  @Override
  public void add(Space space) {
    byKey.put(space.key(), space);
  }
}
