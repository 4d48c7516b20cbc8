package io.kbplatform.content.feedback;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Gives, counts and handles feedback for an actor. Feedback on an article the actor may not read is
 * not found, like the article; handling it takes the article's owner or a publisher of its space.
 */
@ApplicationScoped
public class FeedbackService {

  private ArticleService articles;
  private FeedbackRepository feedback;
  private FeedbackAccess access;
  private Clock clock;
  private Outbox outbox;

  protected FeedbackService() {}

  @Inject
  public FeedbackService(
      ArticleService articles,
      FeedbackRepository feedback,
      FeedbackAccess access,
      Clock clock,
      Outbox outbox) {
    this.articles = articles;
    this.outbox = outbox;
    this.feedback = feedback;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Records feedback on the published version of an article; a vote replaces the actor's earlier
   * vote on that version (which stays as an item if it carried a comment).
   */
  @Transactional
  public Feedback give(Actor actor, String articleId, NewFeedback request) {
    Article article = articles.get(actor, articleId);
    int version =
        article
            .publishedVersion()
            .orElseThrow(() -> new ConflictException("The article has no published version yet."));
    Feedback given =
        Feedback.give(article.id(), version, actor.username(), request, clock.instant());
    if (given.isCurrentVote()) {
      feedback
          .currentVote(article.id(), version, actor.username())
          .ifPresent(
              earlier -> {
                if (!earlier.supersede()) {
                  feedback.remove(earlier);
                }
              });
      feedback.flush();
    }
    feedback.add(given);
    if (given.isCurrentVote()) {
      outbox.articleChanged(article.id()); // helpfulness is a ranking signal in the index
    }
    return given;
  }

  /** The counts of an article's feedback, for anyone who may read the article. */
  @Transactional
  public FeedbackSummary summary(Actor actor, String articleId) {
    return feedback.summarise(articles.get(actor, articleId).id());
  }

  @Transactional
  public Feedback acknowledge(Actor actor, String id, String reply) {
    Feedback item = handled(actor, id);
    item.acknowledge(actor.username(), reply, clock.instant());
    return item;
  }

  @Transactional
  public Feedback resolve(Actor actor, String id, String reply) {
    Feedback item = handled(actor, id);
    item.resolve(actor.username(), reply, clock.instant());
    return item;
  }

  /** Feedback the actor may see: its own, or any on an article it handles. */
  @Transactional
  public Feedback get(Actor actor, String id) {
    Feedback item = visible(actor, id);
    if (!item.reporter().equals(actor.username()) && !access.handles(actor, item)) {
      throw new ForbiddenException("Only the reporter, the owner or a publisher can see this.");
    }
    return item;
  }

  private Feedback handled(Actor actor, String id) {
    Feedback item = visible(actor, id);
    if (!access.handles(actor, item)) {
      throw new ForbiddenException(
          "Only the article's owner or a publisher of its space can handle its feedback.");
    }
    return item;
  }

  private Feedback visible(Actor actor, String id) {
    return feedback
        .find(id)
        .filter(f -> access.canView(actor, f))
        .orElseThrow(() -> new NotFoundException("Feedback", id));
  }
}
