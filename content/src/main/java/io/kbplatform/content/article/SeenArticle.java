package io.kbplatform.content.article;

import java.time.Instant;
import java.util.Optional;

/**
 * An article as one actor sees it. Editors see where it stands: the working title, its status,
 * every version. Readers see the published version as if no draft existed: its title, status
 * PUBLISHED, the published version as the latest, the time it was published as the last change.
 */
public record SeenArticle(Article article, boolean drafts, String title) {

  /** The article as its editors see it. */
  public static SeenArticle byEditor(Article article) {
    return new SeenArticle(article, true, article.title());
  }

  /** The article as its readers see it, with the title of its published version. */
  public static SeenArticle byReader(Article article, String publishedTitle) {
    return new SeenArticle(article, false, publishedTitle);
  }

  public ArticleStatus status() {
    return drafts ? article.status() : ArticleStatus.PUBLISHED;
  }

  public int latestVersion() {
    return drafts || article.publishedVersion().isEmpty()
        ? article.latestVersion()
        : article.publishedVersion().getAsInt();
  }

  public Optional<Integer> publishedVersion() {
    return article.publishedVersion().isPresent()
        ? Optional.of(article.publishedVersion().getAsInt())
        : Optional.empty();
  }

  /** When the article last changed in a way the actor can see. */
  public Instant updatedAt() {
    return changedAt(article, drafts);
  }

  /** The last save for editors, the last publication for readers: what orders their lists. */
  static Instant changedAt(Article article, boolean drafts) {
    return drafts ? article.updatedAt() : article.publishedAt().orElse(article.updatedAt());
  }
}
