package io.kbplatform.app.group;

import io.kbplatform.content.group.Group;
import java.time.Instant;
import java.util.List;

/** A group with its members. */
public record GroupView(
    String key, String name, String description, List<String> members, Instant createdAt) {

  static GroupView of(Group g) {
    return new GroupView(
        g.key(),
        g.name(),
        g.description().orElse(null),
        g.members().stream().sorted().toList(),
        g.createdAt());
  }
}
