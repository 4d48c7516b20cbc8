package io.kbplatform.content.attachment;

import io.kbplatform.content.article.ArticleDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes blobs whose rows are gone, only after the transaction that removed them commits: a
 * rollback keeps both. A blob goes only when no attachment row refers to it any more (a row lives
 * while any version of its article holds it). When an article is deleted its attachment rows go by
 * foreign-key cascade, and with them the blobs no other article's attachment uses.
 */
@ApplicationScoped
public class BlobCleanup {

  private static final Logger LOG = Logger.getLogger(BlobCleanup.class.getName());

  private AttachmentRepository attachments;
  private BlobStore blobs;
  private Event<BlobsReleased> released;

  protected BlobCleanup() {}

  @Inject
  public BlobCleanup(
      AttachmentRepository attachments, BlobStore blobs, Event<BlobsReleased> released) {
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
    try {
      blobs.delete(key);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not delete blob " + key + "; it is orphaned", e);
    }
  }
}
