package io.kbplatform.app.searchindex;

import io.kbplatform.content.searchindex.RebuildState;
import io.kbplatform.content.searchindex.SearchRebuild;
import java.time.Instant;

/** A rebuild and its progress as the API shows it. */
public record RebuildView(
    long id,
    RebuildState state,
    String phase,
    int total,
    int indexed,
    int failed,
    int percent,
    String index,
    String startedBy,
    Instant startedAt,
    Instant updatedAt,
    Instant finishedAt,
    String error) {

  static RebuildView of(SearchRebuild r) {
    return new RebuildView(
        r.id(),
        r.state(),
        r.phase(),
        r.total(),
        r.indexed(),
        r.failed(),
        r.percent(),
        r.indexName(),
        r.startedBy(),
        r.startedAt(),
        r.updatedAt(),
        r.finishedAt().orElse(null),
        r.error().orElse(null));
  }
}
