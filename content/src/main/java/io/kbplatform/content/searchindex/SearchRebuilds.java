package io.kbplatform.content.searchindex;

import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores rebuilds and their progress. Each change commits on its own, so progress is visible to
 * every instance while the rebuild runs; a rebuild whose progress stopped for longer than the given
 * staleness (its instance died) no longer counts as running.
 */
@ApplicationScoped
public class SearchRebuilds {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  private Clock clock;
  private Outbox outbox;

  protected SearchRebuilds() {}

  @Inject
  public SearchRebuilds(Clock clock, Outbox outbox) {
    this.clock = clock;
    this.outbox = outbox;
  }

  /**
   * Records a new running rebuild, with the newest outbox event id as its mark; 409 (conflict) when
   * another one is running.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public SearchRebuild begin(String indexName, String phase, String startedBy) {
    running()
        .ifPresent(
            r -> {
              throw new ConflictException(
                  "Search index rebuild " + r.id() + " is running; wait for it to finish.");
            });
    SearchRebuild rebuild =
        new SearchRebuild(indexName, outbox.maxId(), phase, startedBy, clock.instant());
    try {
      em.persist(rebuild);
      em.flush();
    } catch (PersistenceException e) {
      throw new ConflictException("Another search index rebuild has just started.");
    }
    return rebuild;
  }

  /** Marks a running rebuild without progress for longer than {@code staleAfter} as failed. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<SearchRebuild> abandonStale(Duration staleAfter) {
    Instant now = clock.instant();
    Optional<SearchRebuild> stale =
        running().filter(r -> r.updatedAt().plus(staleAfter).isBefore(now));
    stale.ifPresent(
        r ->
            r.finish(
                RebuildState.FAILED,
                r.phase(),
                "Abandoned: no progress since " + r.updatedAt() + " (its instance stopped?)",
                now));
    return stale;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void progress(long id, String phase, int total, int indexed, int failed) {
    Optional.ofNullable(em.find(SearchRebuild.class, id))
        .ifPresent(r -> r.progress(phase, total, indexed, failed, clock.instant()));
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void finish(long id, RebuildState outcome, String phase, String error) {
    Optional.ofNullable(em.find(SearchRebuild.class, id))
        .ifPresent(r -> r.finish(outcome, phase, error, clock.instant()));
  }

  @Transactional
  public Optional<SearchRebuild> find(long id) {
    return Optional.ofNullable(em.find(SearchRebuild.class, id));
  }

  /** The running rebuild, if any (stale or not). */
  @Transactional
  public Optional<SearchRebuild> running() {
    return em.createQuery(
            "SELECT r FROM SearchRebuild r WHERE r.state = :running", SearchRebuild.class)
        .setParameter("running", RebuildState.RUNNING)
        .getResultStream()
        .findFirst();
  }

  /** The latest rebuilds, newest first. */
  @Transactional
  public List<SearchRebuild> recent(int limit) {
    return em.createQuery("SELECT r FROM SearchRebuild r ORDER BY r.id DESC", SearchRebuild.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Notes that an article was written to the rebuild's index by the outbox while it ran. */
  @Transactional
  public void changed(long rebuildId, String articleId) {
    em.createNativeQuery(
            "INSERT INTO search_rebuild_change (rebuild_id, article_id) VALUES (?1, ?2)")
        .setParameter(1, rebuildId)
        .setParameter(2, articleId)
        .executeUpdate();
  }

  /** The articles the outbox delivered while the rebuild ran, each once. */
  @Transactional
  public List<String> changedArticles(long rebuildId) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT DISTINCT article_id FROM search_rebuild_change WHERE rebuild_id = ?1")
            .setParameter(1, rebuildId)
            .getResultList();
    return ids.stream().map(String::valueOf).sorted().toList();
  }
}
