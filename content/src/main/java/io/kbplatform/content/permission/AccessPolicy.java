package io.kbplatform.content.permission;

import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.space.Space;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what an actor may do with a space or an article. Something the actor may not see is
 * reported as not found, exactly like something that does not exist; something the actor may see
 * but not change is forbidden.
 */
@ApplicationScoped
public class AccessPolicy {

  private static final Object LEVELS = AccessPolicy.class.getName() + ".levels";

  private SpaceGrantRepository grants;
  private AccessCache cache;

  /** Holds each actor's levels for the rest of the transaction: lists check many articles. */
  @Resource TransactionSynchronizationRegistry transaction;

  protected AccessPolicy() {}

  /** A policy that reads the grants for every request (no cache). */
  public AccessPolicy(SpaceGrantRepository grants) {
    this(grants, AccessCache.disabled());
  }

  @Inject
  public AccessPolicy(SpaceGrantRepository grants, AccessCache cache) {
    this.grants = grants;
    this.cache = cache;
  }

  /** The actor's level in a space: the best grant, capped by the actor's roles. */
  public Optional<AccessLevel> levelIn(Actor actor, Space space) {
    if (actor.isAdmin()) {
      return Optional.of(AccessLevel.ADMINISTER);
    }
    return levels(actor).getOrDefault(space.key(), Optional.empty());
  }

  public boolean canView(Actor actor, Space space) {
    return levelIn(actor, space).isPresent();
  }

  /** Fails with not found unless the actor may read the space, then with forbidden below level. */
  public void require(Actor actor, Space space, AccessLevel level) {
    AccessLevel actual =
        levelIn(actor, space).orElseThrow(() -> new NotFoundException("Space", space.key()));
    if (!actual.includes(level)) {
      throw forbidden(level, "space '" + space.key() + "'");
    }
  }

  public boolean canView(Actor actor, Securable article) {
    return levelIn(actor, article.space())
        .filter(level -> admits(actor, article, level))
        .isPresent();
  }

  public boolean can(Actor actor, Securable article, AccessLevel level) {
    return levelIn(actor, article.space())
        .filter(actual -> admits(actor, article, actual) && actual.includes(level))
        .isPresent();
  }

  /**
   * Fails unless the actor may act on the article at the given level: not found when the actor may
   * not even read it, forbidden when it may read but not act.
   */
  public void require(Actor actor, Securable article, AccessLevel level, String articleId) {
    AccessLevel actual =
        levelIn(actor, article.space())
            .filter(l -> admits(actor, article, l))
            .orElseThrow(() -> new NotFoundException("Article", articleId));
    if (!actual.includes(level)) {
      throw forbidden(level, "this article");
    }
  }

  /**
   * Whether the actor sees the article as an editor does: its drafts, its status and its version
   * numbers. Everyone else sees only the published version, as if no draft existed.
   */
  public boolean seesDrafts(Actor actor, Securable article) {
    return can(actor, article, AccessLevel.EDIT);
  }

  /**
   * Fails unless the actor may hand the article to another owner. The owner always reads a
   * restricted article, so choosing the owner decides who reads it, as a restriction does: it needs
   * PUBLISH.
   */
  public void requireOwnerChange(Actor actor, Securable article, String articleId) {
    require(actor, article, AccessLevel.PUBLISH, articleId);
  }

  /**
   * Fails unless the actor may move the article into the target space. The readers of the target
   * space may be more than those of the current one, so a move needs PUBLISH on the article and in
   * the target space; a move between categories of the same space only needs EDIT.
   */
  public void requireMove(Actor actor, Securable article, Space target, String articleId) {
    if (target.id().equals(article.space().id())) {
      require(actor, article, AccessLevel.EDIT, articleId);
      return;
    }
    require(actor, article, AccessLevel.PUBLISH, articleId);
    require(actor, target, AccessLevel.PUBLISH);
  }

  /** What the actor may see in article lists, in terms a database query can filter on. */
  public ListScope listScope(Actor actor) {
    if (actor.isAdmin()) {
      return ListScope.everything(actor);
    }
    Set<String> readable = new HashSet<>();
    Set<String> editable = new HashSet<>();
    Set<String> administered = new HashSet<>();
    levels(actor)
        .forEach(
            (space, level) ->
                level.ifPresent(
                    l -> {
                      readable.add(space);
                      if (l.includes(AccessLevel.EDIT)) {
                        editable.add(space);
                      }
                      if (l.includes(AccessLevel.ADMINISTER)) {
                        administered.add(space);
                      }
                    }));
    return new ListScope(false, actor.username(), actor.groups(), readable, editable, administered);
  }

  /**
   * What the actor may approve, as a list query filters it: the articles of the spaces where it
   * publishes (administrators: every space), restricted ones only as any list shows them.
   */
  public ListScope approvalScope(Actor actor) {
    if (actor.isAdmin()) {
      return ListScope.everything(actor);
    }
    Set<String> publishable = new HashSet<>();
    Set<String> administered = new HashSet<>();
    levels(actor)
        .forEach(
            (space, level) ->
                level.ifPresent(
                    l -> {
                      if (l.includes(AccessLevel.PUBLISH)) {
                        publishable.add(space);
                      }
                      if (l.includes(AccessLevel.ADMINISTER)) {
                        administered.add(space);
                      }
                    }));
    return new ListScope(
        false, actor.username(), actor.groups(), publishable, publishable, administered);
  }

  /** What the actor may find through search. */
  public ReadScope readScope(Actor actor) {
    if (actor.isAdmin()) {
      return new ReadScope(true, Set.of(), Set.of(), Set.of());
    }
    if (actor.ceiling().isEmpty()) {
      return new ReadScope(false, Set.of(), Set.of(), Set.of());
    }
    Set<String> administered = new HashSet<>();
    Set<String> editable = new HashSet<>();
    levels(actor)
        .forEach(
            (space, level) -> {
              if (level.filter(l -> l.includes(AccessLevel.ADMINISTER)).isPresent()) {
                administered.add(space);
              }
              if (level.filter(l -> l.includes(AccessLevel.EDIT)).isPresent()) {
                editable.add(space);
              }
            });
    Set<String> tokens =
        actor.principals().stream().map(Principal::token).collect(Collectors.toSet());
    return new ReadScope(false, tokens, administered, editable);
  }

  private boolean admits(Actor actor, Securable article, AccessLevel level) {
    if (!level.includes(AccessLevel.EDIT) && (!article.isPublished() || article.isArchived())) {
      return false;
    }
    return article.restrictedTo().isEmpty()
        || level.includes(AccessLevel.ADMINISTER)
        || actor.username().equals(article.owner())
        || article.restrictedTo().stream().anyMatch(actor::inGroup);
  }

  /** Forgets the levels held for this transaction and in the cache, after grants changed. */
  void forget() {
    if (inTransaction()) {
      transaction.putResource(LEVELS, null);
    }
    cache.changed();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Optional<AccessLevel>> levels(Actor actor) {
    if (!inTransaction()) {
      return cachedLevels(actor);
    }
    Map<Actor, Map<String, Optional<AccessLevel>>> held =
        (Map<Actor, Map<String, Optional<AccessLevel>>>) transaction.getResource(LEVELS);
    if (held == null) {
      held = new HashMap<>();
      transaction.putResource(LEVELS, held);
    }
    return held.computeIfAbsent(actor, this::cachedLevels);
  }

  private Map<String, Optional<AccessLevel>> cachedLevels(Actor actor) {
    return cache.get(new LevelsOf(actor), () -> Map.copyOf(loadLevels(actor)));
  }

  /** The cache key of an actor's levels: name, roles and groups all decide them. */
  private record LevelsOf(Actor actor) {}

  private boolean inTransaction() {
    return transaction != null && transaction.getTransactionKey() != null;
  }

  private Map<String, Optional<AccessLevel>> loadLevels(Actor actor) {
    Optional<AccessLevel> ceiling = actor.ceiling();
    Map<String, Optional<AccessLevel>> best = new HashMap<>();
    if (ceiling.isEmpty()) {
      return best;
    }
    for (Object[] row : grants.levelsFor(actor)) {
      String space = (String) row[0];
      AccessLevel level = AccessLevel.lower((AccessLevel) row[1], ceiling.get());
      best.merge(space, Optional.of(level), (a, b) -> a.get().includes(b.get()) ? a : b);
    }
    return best;
  }

  private static ForbiddenException forbidden(AccessLevel level, String what) {
    return new ForbiddenException(
        "You need " + level.name().toLowerCase() + " access to " + what + ".");
  }
}
