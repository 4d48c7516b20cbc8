package io.kbplatform.search.rebuild;

import io.kbplatform.content.searchindex.SearchRebuild;
import io.kbplatform.content.searchindex.SearchRebuilds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The new index of the rebuild running now, on whichever instance: the outbox writes each change
 * there too (dual writes), and notes the article so the rebuild re-indexes it before the swap.
 */
@ApplicationScoped
public class RebuildTarget {

  private SearchRebuilds rebuilds;
  private Duration staleAfter;

  protected RebuildTarget() {}

  @Inject
  public RebuildTarget(
      SearchRebuilds rebuilds,
      @ConfigProperty(name = "kb.search.rebuild.stale-after", defaultValue = "PT10M")
          Duration staleAfter) {
    this.rebuilds = rebuilds;
    this.staleAfter = staleAfter;
  }

  /** A running rebuild's index to write to as well. */
  public record Target(long rebuildId, String index) {}

  /** The index of the running rebuild, unless it stopped making progress. */
  public Optional<Target> current() {
    Instant now = Instant.now();
    return rebuilds
        .running()
        .filter(r -> !r.updatedAt().plus(staleAfter).isBefore(now))
        .map(RebuildTarget::of);
  }

  private static Target of(SearchRebuild r) {
    return new Target(r.id(), r.indexName());
  }

  /** Notes that the outbox wrote an article into the target. */
  public void changed(Target target, String articleId) {
    rebuilds.changed(target.rebuildId(), articleId);
  }

  Duration staleAfter() {
    return staleAfter;
  }
}
