package io.kbplatform.app.synonym;

import io.kbplatform.content.synonym.SynonymSet;
import java.time.Instant;
import java.util.List;

/**
 * One synonym set; {@code space} is null for a global set, {@code starter} names the shipped
 * starter set it was loaded from (null for an author's own set).
 */
public record SynonymView(
    String id,
    String space,
    List<String> terms,
    long version,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    String starter) {

  static SynonymView of(SynonymSet set) {
    return new SynonymView(
        set.id(),
        set.spaceKey().orElse(null),
        set.terms(),
        set.version(),
        set.createdBy(),
        set.createdAt(),
        set.updatedBy(),
        set.updatedAt(),
        set.starterKey().orElse(null));
  }
}
