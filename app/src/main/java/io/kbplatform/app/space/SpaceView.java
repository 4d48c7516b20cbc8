package io.kbplatform.app.space;

import io.kbplatform.content.space.Space;
import java.time.Instant;

/** A space as the API shows it. */
public record SpaceView(String key, String name, String description, Instant createdAt) {

  static SpaceView of(Space space) {
    return new SpaceView(
        space.key(), space.name(), space.description().orElse(null), space.createdAt());
  }
}
