package io.kbplatform.content.article;

import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.outbox.Outbox;
import io.kbplatform.content.space.Space;
import io.kbplatform.content.space.SpaceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Writes, publishes and reads articles; publishing asks the outbox to reindex in the same
 * transaction.
 */
@ApplicationScoped
public class ArticleService {

  private ArticleRepository articles;
  private SpaceService spaces;
  private Outbox outbox;
  private Clock clock;

  protected ArticleService() {}

  @Inject
  public ArticleService(
      ArticleRepository articles, SpaceService spaces, Outbox outbox, Clock clock) {
    this.articles = articles;
    this.spaces = spaces;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public ArticleVersion create(NewArticle request, String author) {
    Space space = spaces.get(request.spaceKey());
    ArticleVersion first =
        Article.draft(
            space, request.title(), request.body(), request.tags(), author, clock.instant());
    articles.add(first);
    return first;
  }

  @Transactional
  public Article publish(String id, String by) {
    Article article = articles.find(id).orElseThrow(() -> notFound(id));
    article.publish(by, clock.instant());
    outbox.articleChanged(article.id());
    return article;
  }

  /**
   * Reads an article. Readers who may not see drafts get "not found" for an unpublished article,
   * exactly as for one that does not exist.
   */
  public Article get(String id, boolean includeDrafts) {
    return articles
        .find(id)
        .filter(article -> includeDrafts || article.isPublished())
        .orElseThrow(() -> notFound(id));
  }

  /** The published content of an article, if it has any: what the search index should hold. */
  @Transactional
  public Optional<PublishedArticle> findPublished(String id) {
    return articles
        .find(id)
        .filter(Article::isPublished)
        .flatMap(a -> articles.findVersion(a.id(), a.publishedVersion().getAsInt()))
        .map(
            v ->
                new PublishedArticle(
                    v.article().id(),
                    v.article().space().key(),
                    v.number(),
                    v.title(),
                    v.body(),
                    v.tags(),
                    v.article().publishedAt().orElse(v.createdAt())));
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("Article", id);
  }
}
