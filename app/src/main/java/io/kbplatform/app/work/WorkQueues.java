package io.kbplatform.app.work;

import io.kbplatform.content.article.ArticleFilter;
import io.kbplatform.content.article.ArticleQueries;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.common.paging.Page;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.workflow.WorkflowEvent;
import io.kbplatform.content.workflow.WorkflowHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The work queues that span spaces and modules: what waits for the caller's approval in every space
 * where it publishes, and its own drafts with the rejection that returned them. Each is one page of
 * one query filtered by what the caller may see, so the screen needs one request per list.
 */
@ApplicationScoped
public class WorkQueues {

  private ArticleQueries articles;
  private WorkflowHistory workflow;

  protected WorkQueues() {}

  @Inject
  public WorkQueues(ArticleQueries articles, WorkflowHistory workflow) {
    this.articles = articles;
    this.workflow = workflow;
  }

  /** A page of the caller's drafts, and the rejection that returned each returned one. */
  public record Drafts(Page<SeenArticle> page, Map<String, WorkflowEvent> returned) {}

  /** Articles in review in the spaces where the caller publishes, most recently changed first. */
  public Page<SeenArticle> approvals(Actor actor, PageRequest page) {
    return articles.awaitingApproval(actor, page);
  }

  /**
   * Articles the caller created with the given status (drafts, or submitted ones waiting for
   * review); for drafts whose last workflow step was a rejection, that step.
   */
  @Transactional
  public Drafts drafts(Actor actor, ArticleStatus status, PageRequest request) {
    Page<SeenArticle> page =
        articles.list(
            actor,
            new ArticleFilter(null, null, status, null, actor.username(), null, null),
            request);
    // Drafts in a list are the caller's editable ones only, so their history is its to see.
    var drafts =
        page.items().stream()
            .filter(seen -> seen.status() == ArticleStatus.DRAFT)
            .map(SeenArticle::article)
            .map(a -> a.id())
            .toList();
    return new Drafts(page, workflow.lastRejections(drafts));
  }
}
