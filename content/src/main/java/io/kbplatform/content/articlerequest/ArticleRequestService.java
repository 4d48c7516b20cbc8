package io.kbplatform.content.articlerequest;

import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Asking for, reading and resolving article requests for an actor. Anyone may ask, in a space it
 * may read or in every space; asking for the open request of the same normalised query and space
 * joins it. A request the actor neither asked for nor handles is not found.
 */
@ApplicationScoped
public class ArticleRequestService {

  private ArticleRequestRepository requests;
  private ArticleRequestAccess access;
  private ArticleRequestItems items;
  private SpaceService spaces;
  private Clock clock;

  protected ArticleRequestService() {}

  @Inject
  public ArticleRequestService(
      ArticleRequestRepository requests,
      ArticleRequestAccess access,
      ArticleRequestItems items,
      SpaceService spaces,
      Clock clock) {
    this.requests = requests;
    this.access = access;
    this.items = items;
    this.spaces = spaces;
    this.clock = clock;
  }

  /**
   * Asks for an article: opens a request, joins the open one for the same query and space, or, when
   * the actor already asked for that one, returns it unchanged ({@code recorded} false).
   */
  @Transactional
  public Asked ask(Actor actor, NewArticleRequest what) {
    if (what.spaceKey() != null) {
      spaces.get(actor, what.spaceKey()); // not found unless readable
    }
    ArticleRequest.checkedQuery(what.query());
    String me = actor.username();
    Optional<ArticleRequest> open =
        requests.findOpen(ArticleRequest.openKey(what.spaceKey(), what.query()));
    if (open.isPresent()) {
      Optional<ArticleRequestAsker> earlier = requests.ask(open.get().id(), me);
      if (earlier.isPresent()) {
        return new Asked(items.asked(actor, open.get(), earlier.get()), false);
      }
      requests.lockUnchanged(open.get());
    }
    ArticleRequest request = open.orElseGet(() -> ArticleRequest.open(what, me, clock.instant()));
    if (open.isEmpty()) {
      requests.add(request);
    }
    ArticleRequestAsker asker = new ArticleRequestAsker(request, me, what.note(), clock.instant());
    requests.add(asker);
    requests.flush();
    return new Asked(items.asked(actor, request, asker), true);
  }

  /**
   * A request as the actor sees it: with everyone who asked when it handles it, with its own ask
   * when it asked for it and may still read its space.
   */
  @Transactional
  public ArticleRequestItem get(Actor actor, String id) {
    ArticleRequest request = find(id);
    if (access.handles(actor, request)) {
      return items.handledWithAskers(actor, request);
    }
    return ownAsk(actor, request)
        .map(ask -> items.asked(actor, request, ask))
        .orElseThrow(() -> notFound(id));
  }

  /**
   * Closes an open request as done or declined; the answering article, if given, must be one the
   * actor may read. Only editors of the request's space (any author, trainer or administrator for a
   * request for every space) resolve it.
   */
  @Transactional
  public ArticleRequestItem resolve(Actor actor, String id, Resolution how) {
    ArticleRequest request = find(id);
    if (!access.handles(actor, request)) {
      if (ownAsk(actor, request).isPresent()) {
        throw new ForbiddenException("Only editors of the request's space can resolve it.");
      }
      throw notFound(id);
    }
    if (how.articleId() != null && !access.canReadArticle(actor, how.articleId())) {
      throw new InvalidRequestException("articleId names no article you can read.");
    }
    request.resolve(how, actor.username(), clock.instant());
    requests.flush();
    return items.handledWithAskers(actor, request);
  }

  private Optional<ArticleRequestAsker> ownAsk(Actor actor, ArticleRequest request) {
    return access.readsSpaceOf(actor, request)
        ? requests.ask(request.id(), actor.username())
        : Optional.empty();
  }

  private ArticleRequest find(String id) {
    return requests.find(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("Article request", id);
  }
}
