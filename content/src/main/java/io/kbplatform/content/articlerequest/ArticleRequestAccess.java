package io.kbplatform.content.articlerequest;

import io.kbplatform.content.article.ArticleRepository;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceRepository;
import io.kbplatform.content.space.SpaceService;
import io.kbplatform.content.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who sees and handles requests. Authors, trainers and administrators handle the requests for every
 * space and those of the spaces they may edit; askers see their own requests while they may read
 * the space. The answering article is shown only to those who may read it.
 */
@ApplicationScoped
public class ArticleRequestAccess {

  private SpaceRepository spaces;
  private SpaceService spaceService;
  private ArticleRepository articles;
  private AccessPolicy policy;

  protected ArticleRequestAccess() {}

  @Inject
  public ArticleRequestAccess(
      SpaceRepository spaces,
      SpaceService spaceService,
      ArticleRepository articles,
      AccessPolicy policy) {
    this.spaces = spaces;
    this.spaceService = spaceService;
    this.articles = articles;
    this.policy = policy;
  }

  /** Whether the actor's roles let it handle requests at all. */
  public boolean handlesAny(Actor actor) {
    return actor.isAdmin()
        || actor.roles().contains(Role.AUTHOR)
        || actor.roles().contains(Role.TRAINER);
  }

  /** Whether the actor handles the request: its space is every space or one it may edit. */
  public boolean handles(Actor actor, ArticleRequest request) {
    return handlesAny(actor)
        && request.spaceKey().map(key -> can(actor, key, AccessLevel.EDIT)).orElse(true);
  }

  /** Whether the actor may see a request of this space (null: every space) as one of its askers. */
  public boolean readsSpaceOf(Actor actor, ArticleRequest request) {
    return request.spaceKey().map(key -> can(actor, key, AccessLevel.VIEW)).orElse(true);
  }

  /** The spaces the actor may edit; null for every space (administrators). */
  public Set<String> editableSpaces(Actor actor) {
    return actor.isAdmin() ? null : policy.readScope(actor).editableSpaces();
  }

  /** The spaces the actor may read; null for every space (administrators). */
  public Set<String> readableSpaces(Actor actor) {
    return actor.isAdmin()
        ? null
        : spaceService.list(actor).stream().map(Space::key).collect(Collectors.toSet());
  }

  /** The request's answering article, if it has one that the actor may read. */
  public Optional<String> readableArticle(Actor actor, ArticleRequest request) {
    return request.articleId().filter(id -> canReadArticle(actor, id));
  }

  /** Whether the article exists and the actor may read it. */
  public boolean canReadArticle(Actor actor, String articleId) {
    return articles.find(articleId).filter(a -> policy.canView(actor, a)).isPresent();
  }

  private boolean can(Actor actor, String spaceKey, AccessLevel level) {
    return spaces
        .findByKey(spaceKey)
        .flatMap(space -> policy.levelIn(actor, space))
        .filter(actual -> actual.includes(level))
        .isPresent();
  }
}
