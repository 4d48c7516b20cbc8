package io.kbplatform.content.verification;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleFilter;
import io.kbplatform.content.article.ArticleQueries;
import io.kbplatform.content.article.ArticleRepository;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.SeenArticle;
import io.kbplatform.content.common.ForbiddenException;
import io.kbplatform.content.common.paging.Page;
import io.kbplatform.content.common.paging.PageRequest;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Keeps articles current: each has an owner and a review interval; when the interval lapses the
 * article needs review (still readable, marked, ranked lower) until its owner or a publisher
 * verifies it again.
 */
@ApplicationScoped
public class ArticleVerification {

  static final int LAPSE_BATCH = 200;

  private ArticleService articles;
  private ArticleRepository repository;
  private ArticleQueries queries;
  private Clock clock;

  protected ArticleVerification() {}

  @Inject
  public ArticleVerification(
      ArticleService articles, ArticleRepository repository, ArticleQueries queries, Clock clock) {
    this.articles = articles;
    this.repository = repository;
    this.queries = queries;
    this.clock = clock;
  }

  /** Confirms an article is still right: its owner or a publisher of its space may. */
  @Transactional
  public Article verify(Actor actor, String id) {
    Article article = articles.get(actor, id);
    if (!actor.username().equals(article.owner())
        && !articles.can(actor, article, AccessLevel.PUBLISH)) {
      throw new ForbiddenException("Only the owner or a publisher can verify this article.");
    }
    boolean wasMarked = article.needsReview();
    article.verify(actor.username(), clock.instant());
    if (wasMarked) {
      articles.reindex(article);
    }
    return article;
  }

  /** Marks every article whose review date has passed; returns how many were marked. */
  @Transactional
  public int markLapsed() {
    Instant now = clock.instant();
    List<Article> due = repository.lapsed(now, LAPSE_BATCH);
    int marked = 0;
    for (Article article : due) {
      if (article.lapse(now)) {
        articles.reindex(article);
        marked++;
      }
    }
    return marked;
  }

  /** The actor's own queue: articles it owns that need review or are due within the days. */
  @Transactional
  public Page<SeenArticle> queue(Actor actor, int withinDays, PageRequest page) {
    Instant before = clock.instant().plus(Duration.ofDays(withinDays));
    return queries.list(
        actor, new ArticleFilter(null, null, null, actor.username(), null, null, before), page);
  }

  /** Articles the actor may read that need review or are due within the days, in any space. */
  @Transactional
  public Page<SeenArticle> expiring(
      Actor actor, String spaceKey, int withinDays, PageRequest page) {
    Instant before = clock.instant().plus(Duration.ofDays(withinDays));
    return queries.list(
        actor, new ArticleFilter(spaceKey, null, null, null, null, null, before), page);
  }
}
