package io.kbplatform.content.articlerequest;

import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.paging.Cursor;
import io.kbplatform.content.common.paging.Page;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

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
  public Page<ArticleRequestItem> handled(
      Actor actor, ArticleRequestStatus status, String spaceKey, PageRequest page) {
    if (!access.handlesAny(actor)) {
      throw new ForbiddenException("Only authors, trainers and administrators handle requests.");
    }
    if (spaceKey != null) {
      policy.require(actor, spaces.get(actor, spaceKey), AccessLevel.EDIT);
    }
    List<ArticleRequest> rows =
        requests.list(
            spaceKey, spaceKey == null ? access.editableSpaces(actor) : null, status, page);
    return Page.of(rows, page, r -> new Cursor(r.requestedAt(), r.id()))
        .mapAll(shown -> items.handled(actor, shown));
  }

  /** The actor's own requests, newest ask first, in spaces it may still read. */
  @Transactional
  public Page<ArticleRequestItem> mine(Actor actor, PageRequest page) {
    List<Object[]> rows = requests.asksOf(actor.username(), access.readableSpaces(actor), page);
    return Page.of(
            rows,
            page,
            row ->
                new Cursor(
                    ((ArticleRequestAsker) row[0]).askedAt(), ((ArticleRequest) row[1]).id()))
        .mapAll(shown -> items.asked(actor, shown));
  }
}
