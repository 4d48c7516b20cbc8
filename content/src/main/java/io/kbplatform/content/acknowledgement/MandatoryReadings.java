package io.kbplatform.content.acknowledgement;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticlePublished;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.group.GroupService;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;

/**
 * Which groups must acknowledge an article (set by publishers of its space), and since which
 * version, kept current by observing publications inside their transaction.
 */
@ApplicationScoped
public class MandatoryReadings {

  private ArticleService articles;
  private GroupService groups;
  private AcknowledgementRepository repository;
  private Clock clock;

  protected MandatoryReadings() {}

  @Inject
  public MandatoryReadings(
      ArticleService articles,
      GroupService groups,
      AcknowledgementRepository repository,
      Clock clock) {
    this.articles = articles;
    this.groups = groups;
    this.repository = repository;
    this.clock = clock;
  }

  /** The requirement of an article the actor may read (empty groups: not mandatory). */
  @Transactional
  public MandatoryReading get(Actor actor, String articleId) {
    Article article = articles.get(actor, articleId);
    return repository
        .reading(article.id())
        .orElseGet(() -> new MandatoryReading(article.id(), clock.instant()));
  }

  /** Makes an article mandatory for groups (publishers of its space); none makes it optional. */
  @Transactional
  public MandatoryReading require(Actor actor, String articleId, Set<String> groupKeys) {
    Article article = articles.load(actor, articleId, AccessLevel.PUBLISH);
    for (String key : groupKeys) {
      if (!groups.exists(key)) {
        throw new InvalidRequestException("Group '" + key + "' does not exist.");
      }
    }
    MandatoryReading reading = readingOf(article.id());
    reading.requireFrom(groupKeys, clock.instant());
    return reading;
  }

  /** Records the version since which acknowledgements count, in the publishing transaction. */
  void published(@Observes ArticlePublished event) {
    readingOf(event.articleId()).published(event.version(), event.significant(), clock.instant());
  }

  private MandatoryReading readingOf(String articleId) {
    return repository
        .reading(articleId)
        .orElseGet(
            () -> {
              MandatoryReading created = new MandatoryReading(articleId, clock.instant());
              repository.add(created);
              return created;
            });
  }
}
