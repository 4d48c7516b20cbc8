package io.kbplatform.app.article;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleStatus;
import io.kbplatform.content.article.ArticleTemplate;
import io.kbplatform.content.article.ArticleVersion;
import io.kbplatform.content.article.SeenArticle;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An article as the API shows it: the content of one version ({@code version}: the published one
 * for readers, the latest for editors), where the article stands and who keeps it current. Readers
 * see it as its published version alone: no draft's status, version number or time of change. A
 * section of an imported document names its {@code collection} and its neighbours there.
 */
public record ArticleView(
    String id,
    String space,
    String category,
    ArticleTemplate template,
    String title,
    String body,
    List<String> tags,
    int version,
    int latestVersion,
    Integer publishedVersion,
    ArticleStatus status,
    boolean live,
    String owner,
    int reviewIntervalDays,
    Instant reviewDueAt,
    boolean needsReview,
    Instant verifiedAt,
    String verifiedBy,
    Set<String> restrictedTo,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    String publishedBy,
    CollectionView collection) {

  /** The article as its editors see it. */
  static ArticleView of(Article article, ArticleVersion shown, CollectionView collection) {
    return of(SeenArticle.byEditor(article), shown, collection);
  }

  static ArticleView of(SeenArticle seen, ArticleVersion shown, CollectionView collection) {
    Article article = seen.article();
    return new ArticleView(
        article.id(),
        article.space().key(),
        article.categoryId().orElse(null),
        article.template().orElse(null),
        shown.title(),
        shown.body(),
        shown.tags(),
        shown.number(),
        seen.latestVersion(),
        seen.publishedVersion().orElse(null),
        seen.status(),
        article.isPublished() && !article.isArchived(),
        article.owner(),
        article.reviewIntervalDays(),
        article.reviewDueAt().orElse(null),
        article.needsReview(),
        article.verifiedAt().orElse(null),
        article.verifiedBy().orElse(null),
        article.restrictedTo(),
        article.createdBy(),
        article.createdAt(),
        seen.updatedAt(),
        article.publishedAt().orElse(null),
        article.publishedBy().orElse(null),
        collection);
  }
}
