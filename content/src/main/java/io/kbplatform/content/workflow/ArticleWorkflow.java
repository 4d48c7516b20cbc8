package io.kbplatform.content.workflow;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticlePublished;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.common.StaleVersionException;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Draft → in review → published → archived. Editors submit; publishers approve, reject (with a
 * comment), publish directly, archive and unarchive. Every transition is recorded.
 */
@ApplicationScoped
public class ArticleWorkflow {

  private ArticleService articles;
  private WorkflowHistory history;
  private Outbox outbox;
  private AuditLog audit;
  private Event<ArticlePublished> published;
  private Clock clock;

  protected ArticleWorkflow() {}

  @Inject
  public ArticleWorkflow(
      ArticleService articles,
      WorkflowHistory history,
      Outbox outbox,
      AuditLog audit,
      Event<ArticlePublished> published,
      Clock clock) {
    this.articles = articles;
    this.history = history;
    this.outbox = outbox;
    this.audit = audit;
    this.published = published;
    this.clock = clock;
  }

  @Transactional
  public Article submit(Actor actor, String id, Long expectedLockVersion, String comment) {
    Article article = load(actor, id, AccessLevel.EDIT, expectedLockVersion);
    ArticleStatus from = article.status();
    article.submit(clock.instant());
    record(actor, article, WorkflowAction.SUBMIT, from, comment);
    return article;
  }

  @Transactional
  public Article approve(
      Actor actor, String id, Long expectedLockVersion, String comment, boolean significant) {
    Article article = load(actor, id, AccessLevel.PUBLISH, expectedLockVersion);
    if (article.status() != ArticleStatus.IN_REVIEW) {
      throw new ConflictException("Only an article in review can be approved.");
    }
    return publish(
        actor, article, WorkflowAction.APPROVE, ArticleStatus.IN_REVIEW, comment, significant);
  }

  /** Publishes the latest version directly, without a review step (publishers only). */
  @Transactional
  public Article publish(
      Actor actor, String id, Long expectedLockVersion, String comment, boolean significant) {
    Article article = load(actor, id, AccessLevel.PUBLISH, expectedLockVersion);
    return publish(actor, article, WorkflowAction.PUBLISH, article.status(), comment, significant);
  }

  @Transactional
  public Article reject(Actor actor, String id, Long expectedLockVersion, String comment) {
    if (comment == null || comment.isBlank()) {
      throw new InvalidRequestException("Say why the draft is rejected: a comment is required.");
    }
    Article article = load(actor, id, AccessLevel.PUBLISH, expectedLockVersion);
    article.reject(clock.instant());
    record(actor, article, WorkflowAction.REJECT, ArticleStatus.IN_REVIEW, comment);
    audit.record(actor.username(), AuditAction.ARTICLE_REJECTED, "article", id, comment);
    return article;
  }

  @Transactional
  public Article archive(Actor actor, String id, Long expectedLockVersion, String comment) {
    Article article = load(actor, id, AccessLevel.PUBLISH, expectedLockVersion);
    ArticleStatus from = article.status();
    article.archive(clock.instant());
    record(actor, article, WorkflowAction.ARCHIVE, from, comment);
    audit.record(actor.username(), AuditAction.ARTICLE_ARCHIVED, "article", id, comment);
    articles.reindex(article);
    return article;
  }

  @Transactional
  public Article unarchive(Actor actor, String id, Long expectedLockVersion, String comment) {
    Article article = load(actor, id, AccessLevel.PUBLISH, expectedLockVersion);
    article.unarchive(clock.instant());
    record(actor, article, WorkflowAction.UNARCHIVE, ArticleStatus.ARCHIVED, comment);
    audit.record(actor.username(), AuditAction.ARTICLE_UNARCHIVED, "article", id, comment);
    articles.reindex(article);
    return article;
  }

  /** The workflow history of an article, oldest first: for its editors. */
  @Transactional
  public List<WorkflowEvent> history(Actor actor, String id) {
    articles.load(actor, id, AccessLevel.EDIT);
    return history.of(id);
  }

  private Article publish(
      Actor actor,
      Article article,
      WorkflowAction action,
      ArticleStatus from,
      String comment,
      boolean significant) {
    Instant now = clock.instant();
    article.publish(actor.username(), now);
    record(actor, article, action, from, comment);
    audit.record(
        actor.username(),
        AuditAction.ARTICLE_PUBLISHED,
        "article",
        article.id(),
        "version " + article.latestVersion() + (significant ? " (significant)" : ""));
    outbox.articleChanged(article.id());
    published.fire(
        new ArticlePublished(article.id(), article.latestVersion(), significant, actor.username()));
    return article;
  }

  private Article load(Actor actor, String id, AccessLevel level, Long expectedLockVersion) {
    Article article = articles.load(actor, id, level);
    if (expectedLockVersion != null && article.lockVersion() != expectedLockVersion) {
      throw new StaleVersionException("The article changed since you read it; reload it.");
    }
    return article;
  }

  private void record(
      Actor actor, Article article, WorkflowAction action, ArticleStatus from, String comment) {
    history.add(
        new WorkflowEvent(
            article.id(),
            action,
            from,
            article.status(),
            article.latestVersion(),
            actor.username(),
            comment,
            clock.instant()));
  }
}
