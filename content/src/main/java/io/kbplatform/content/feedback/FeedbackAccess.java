package io.kbplatform.content.feedback;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleRepository;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who sees and handles feedback: it is visible only with its article, and handled by the article's
 * owner or a publisher of its space.
 */
@ApplicationScoped
public class FeedbackAccess {

  private ArticleRepository articles;
  private AccessPolicy policy;

  protected FeedbackAccess() {}

  @Inject
  public FeedbackAccess(ArticleRepository articles, AccessPolicy policy) {
    this.articles = articles;
    this.policy = policy;
  }

  /** The article of a piece of feedback, if the actor may read it. */
  public Optional<Article> readableArticle(Actor actor, Feedback feedback) {
    return articles.find(feedback.articleId()).filter(a -> policy.canView(actor, a));
  }

  /** Whether the actor handles the feedback of an article it may read. */
  public boolean handles(Actor actor, Article article) {
    return actor.username().equals(article.owner())
        || policy.can(actor, article, AccessLevel.PUBLISH);
  }

  /** Whether the actor may read the feedback's article and handles its feedback. */
  public boolean handles(Actor actor, Feedback feedback) {
    return readableArticle(actor, feedback).filter(a -> handles(actor, a)).isPresent();
  }

  /** Whether the actor may read the feedback's article. */
  public boolean canView(Actor actor, Feedback feedback) {
    return readableArticle(actor, feedback).isPresent();
  }
}
