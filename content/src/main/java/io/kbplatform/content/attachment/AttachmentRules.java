package io.kbplatform.content.attachment;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleStatus;
import java.util.Collection;

/**
 * How attachments follow the article's workflow: which version a change goes into, and who may see
 * an attachment held by which versions.
 */
final class AttachmentRules {

  private AttachmentRules() {}

  /**
   * Whether a change may go into the latest version as it is: only a draft that was never published
   * or submitted. A published version is what readers see and a version in review is what a
   * publisher approves, so neither changes under them: the change makes the next version.
   */
  static boolean changesTheWorkingDraft(Article article) {
    return article.status() == ArticleStatus.DRAFT && article.hasUnpublishedChanges();
  }

  /**
   * Whether an attachment held by the given versions of an article may be served: editors read
   * every version, readers only the published one.
   */
  static boolean visible(Article article, boolean editor, Collection<Integer> holdingVersions) {
    if (editor) {
      return !holdingVersions.isEmpty();
    }
    return article.publishedVersion().isPresent()
        && holdingVersions.contains(article.publishedVersion().getAsInt());
  }
}
