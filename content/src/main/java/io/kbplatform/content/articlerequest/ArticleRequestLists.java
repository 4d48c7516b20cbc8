package io.kbplatform.content.articlerequest;

import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;

/**
 * Lists of requests, newest first, trimmed per actor in the query itself: the requests an editor
 * handles, and the requests an asker asked for.
 */
@ApplicationScoped
public class ArticleRequestLists {

  private ArticleRequestRepository requests;
  private ArticleRequestAccess access;
  private ArticleRequestItems items;
  private SpaceService spaces;
  private AccessPolicy policy;

  protected ArticleRequestLists() {}

  @Inject
  public ArticleRequestLists(
      ArticleRequestRepository requests,
      ArticleRequestAccess access,
      ArticleRequestItems items,
      SpaceService spaces,
      AccessPolicy policy) {
    this.requests = requests;
    this.access = access;
    this.items = items;
    this.spaces = spaces;
    this.policy = policy;
  }

  /**
   * The requests the actor handles, newest first, optionally in one status: those of one space it
   * may edit ({@code spaceKey}), or else those for every space and for the spaces it may edit.
   */
  @Transactional
  public ArticleRequestPage handled(
      Actor actor,
      ArticleRequestStatus status,
      String spaceKey,
      ArticleRequestCursor after,
      int limit) {
    if (!access.handlesAny(actor)) {
      throw new ForbiddenException("Only authors, trainers and administrators handle requests.");
    }
    if (spaceKey != null) {
      policy.require(actor, spaces.get(actor, spaceKey), AccessLevel.EDIT);
    }
    List<ArticleRequest> rows =
        requests.list(
            spaceKey,
            spaceKey == null ? access.editableSpaces(actor) : null,
            status,
            after,
            limit + 1);
    return page(
        rows, limit, r -> new ArticleRequestCursor(r.requestedAt(), r.id()), items::handled, actor);
  }

  /** The actor's own requests, newest ask first, in spaces it may still read. */
  @Transactional
  public ArticleRequestPage mine(Actor actor, ArticleRequestCursor after, int limit) {
    List<Object[]> rows =
        requests.asksOf(actor.username(), access.readableSpaces(actor), after, limit + 1);
    return page(
        rows,
        limit,
        row ->
            new ArticleRequestCursor(
                ((ArticleRequestAsker) row[0]).askedAt(), ((ArticleRequest) row[1]).id()),
        items::asked,
        actor);
  }

  private interface ToItems<T> {
    List<ArticleRequestItem> apply(Actor actor, List<T> rows);
  }

  private static <T> ArticleRequestPage page(
      List<T> rows,
      int limit,
      Function<T, ArticleRequestCursor> cursor,
      ToItems<T> toItems,
      Actor actor) {
    if (rows.size() <= limit) {
      return new ArticleRequestPage(toItems.apply(actor, rows), null);
    }
    List<T> shown = rows.subList(0, limit);
    return new ArticleRequestPage(
        toItems.apply(actor, shown), cursor.apply(shown.get(shown.size() - 1)));
  }
}
