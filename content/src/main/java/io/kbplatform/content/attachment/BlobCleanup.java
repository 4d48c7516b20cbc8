package io.kbplatform.content.attachment;

import io.kbplatform.content.article.ArticleDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Removes blobs whose rows are gone, only after the transaction that removed them commits: a
 * rollback keeps both. A blob goes only when no attachment row refers to it any more (a row lives
 * while any version of its article holds it; rows share blobs by content, {@link
 * SharedBlobs#deleteIfUnreferenced}). When an article is deleted its attachment rows go by
 * foreign-key cascade, and with them the blobs no other attachment uses.
 */
@ApplicationScoped
public class BlobCleanup {

  private AttachmentRepository attachments;
  private SharedBlobs blobs;
  private Event<BlobsReleased> released;

  protected BlobCleanup() {}

  @Inject
  public BlobCleanup(
      AttachmentRepository attachments, SharedBlobs blobs, Event<BlobsReleased> released) {
    this.attachments = attachments;
    this.blobs = blobs;
    this.released = released;
  }

  /** In the deleting transaction, while the rows still exist: note which blobs to remove. */
  void articleDeleted(@Observes ArticleDeleted event) {
    var keys = attachments.blobKeysOnlyOf(event.articleId());
    if (!keys.isEmpty()) {
      released.fire(new BlobsReleased(keys));
    }
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) BlobsReleased event) {
    event.blobKeys().forEach(this::deleteQuietly);
  }

  void deleteQuietly(String key) {
    blobs.deleteIfUnreferenced(key);
  }
}
