package io.kbplatform.content.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the tags of two versions differ: {@code added} in the newer version's order, {@code removed}
 * in the older version's order, {@code unchanged} in the newer version's order.
 */
public record TagDiff(List<String> added, List<String> removed, List<String> unchanged) {

  public TagDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    unchanged = List.copyOf(unchanged);
  }

  public static TagDiff between(List<String> before, List<String> after) {
    Set<String> old = new LinkedHashSet<>(before);
    Set<String> current = new LinkedHashSet<>(after);
    List<String> added = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (String tag : current) {
      (old.contains(tag) ? unchanged : added).add(tag);
    }
    List<String> removed = old.stream().filter(tag -> !current.contains(tag)).toList();
    return new TagDiff(added, removed, unchanged);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }
}
