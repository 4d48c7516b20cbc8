package io.kbplatform.content.acknowledgement;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleRepository;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleVersion;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.permission.AccessPolicy;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Acknowledging articles, and what the actor still has to acknowledge. */
@ApplicationScoped
public class AcknowledgementService {

  private ArticleService articles;
  private ArticleRepository articleRepository;
  private AccessPolicy policy;
  private AcknowledgementRepository repository;
  private Clock clock;

  protected AcknowledgementService() {}

  @Inject
  public AcknowledgementService(
      ArticleService articles,
      ArticleRepository articleRepository,
      AccessPolicy policy,
      AcknowledgementRepository repository,
      Clock clock) {
    this.articles = articles;
    this.articleRepository = articleRepository;
    this.policy = policy;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Records that the actor read the published version of an article; acknowledging the same version
   * again returns the earlier record.
   */
  @Transactional
  public Acknowledged acknowledge(Actor actor, String articleId) {
    Article article = articles.get(actor, articleId);
    int version =
        article
            .publishedVersion()
            .orElseThrow(() -> new ConflictException("The article has no published version yet."));
    Optional<Acknowledgement> earlier = repository.find(article.id(), actor.username(), version);
    if (earlier.isPresent()) {
      return new Acknowledged(earlier.get(), false);
    }
    Acknowledgement created =
        new Acknowledgement(article.id(), actor.username(), version, clock.instant());
    repository.add(created);
    return new Acknowledged(created, true);
  }

  /**
   * Published, live articles mandatory for one of the actor's groups that it may read and has not
   * acknowledged since their latest significant version, most recently published first.
   */
  @Transactional
  public List<PendingAcknowledgement> pending(Actor actor) {
    List<PendingAcknowledgement> pending = new ArrayList<>();
    for (MandatoryReading reading : repository.mandatoryFor(actor.groups())) {
      Optional<Article> live =
          articleRepository
              .find(reading.articleId())
              .filter(a -> a.isPublished() && !a.isArchived() && policy.canView(actor, a));
      if (live.isEmpty()) {
        continue;
      }
      Article article = live.get();
      Acknowledgement last = repository.latest(article.id(), actor.username()).orElse(null);
      if (last == null || !reading.isSatisfiedBy(last.version())) {
        ArticleVersion published =
            articleRepository
                .findVersion(article.id(), article.publishedVersion().getAsInt())
                .orElseThrow();
        pending.add(new PendingAcknowledgement(article, published, reading.requiredSince(), last));
      }
    }
    pending.sort(
        Comparator.comparing(
                (PendingAcknowledgement p) -> p.article().publishedAt().orElse(Instant.EPOCH))
            .reversed());
    return pending;
  }
}
