package io.kbplatform.content.articlerequest;

import io.kbplatform.content.articlerequest.ArticleRequestRepository.AskerCount;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Turns requests into the items one caller sees, with their asker counts in one query. */
@ApplicationScoped
public class ArticleRequestItems {

  private ArticleRequestRepository requests;
  private ArticleRequestAccess access;

  protected ArticleRequestItems() {}

  @Inject
  public ArticleRequestItems(ArticleRequestRepository requests, ArticleRequestAccess access) {
    this.requests = requests;
    this.access = access;
  }

  /** Requests as an editor who handles them sees them in a list (counts, no askers). */
  public List<ArticleRequestItem> handled(Actor actor, List<ArticleRequest> page) {
    Map<String, AskerCount> counts =
        requests.counts(page.stream().map(ArticleRequest::id).toList());
    return page.stream().map(r -> item(actor, r, counts.get(r.id()), null, null)).toList();
  }

  /** One request as an editor who handles it sees it: with everyone who asked. */
  public ArticleRequestItem handledWithAskers(Actor actor, ArticleRequest request) {
    List<ArticleRequestAsker> askers = requests.askers(request.id());
    AskerCount count =
        new AskerCount(
            askers.size(), askers.isEmpty() ? null : askers.get(askers.size() - 1).askedAt());
    return item(actor, request, count, null, askers);
  }

  /** Requests as their asker sees them, each with the asker's own ask. */
  public List<ArticleRequestItem> asked(Actor actor, List<Object[]> asksAndRequests) {
    Map<String, AskerCount> counts =
        requests.counts(
            asksAndRequests.stream().map(row -> ((ArticleRequest) row[1]).id()).toList());
    return asksAndRequests.stream()
        .map(
            row -> {
              ArticleRequest request = (ArticleRequest) row[1];
              return item(
                  actor, request, counts.get(request.id()), (ArticleRequestAsker) row[0], null);
            })
        .toList();
  }

  /** One request as one of its askers sees it. */
  public ArticleRequestItem asked(Actor actor, ArticleRequest request, ArticleRequestAsker ownAsk) {
    return asked(actor, List.<Object[]>of(new Object[] {ownAsk, request})).get(0);
  }

  private ArticleRequestItem item(
      Actor actor,
      ArticleRequest request,
      AskerCount count,
      ArticleRequestAsker ownAsk,
      List<ArticleRequestAsker> askedBy) {
    return new ArticleRequestItem(
        request,
        count == null ? 0 : count.askers(),
        count == null ? null : count.lastAskedAt(),
        access.readableArticle(actor, request).orElse(null),
        ownAsk,
        askedBy);
  }
}
