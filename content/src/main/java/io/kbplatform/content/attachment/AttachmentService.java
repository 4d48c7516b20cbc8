package io.kbplatform.content.attachment;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * Records, lists, reads and deletes attachments for an actor. An attachment is as visible as its
 * article: one on an article the actor may not read is not found, exactly like a missing id.
 */
@ApplicationScoped
public class AttachmentService {

  private AttachmentRepository attachments;
  private ArticleService articles;
  private BlobStore blobs;
  private AuditLog audit;
  private Event<BlobsReleased> released;
  private Clock clock;

  protected AttachmentService() {}

  @Inject
  public AttachmentService(
      AttachmentRepository attachments,
      ArticleService articles,
      BlobStore blobs,
      AuditLog audit,
      Event<BlobsReleased> released,
      Clock clock) {
    this.attachments = attachments;
    this.articles = articles;
    this.blobs = blobs;
    this.audit = audit;
    this.released = released;
    this.clock = clock;
  }

  /** Checks that the actor may attach files to the article. */
  @Transactional
  public void requireEditor(Actor actor, String articleId) {
    articles.load(actor, articleId, AccessLevel.EDIT);
  }

  /** Records a stored file on an article and re-indexes the article if it is published. */
  @Transactional
  public Attachment record(Actor actor, String articleId, StoredFile file, ExtractedText text) {
    Article article = articles.load(actor, articleId, AccessLevel.EDIT);
    Attachment attachment =
        new Attachment(article.id(), file, text, actor.username(), clock.instant());
    attachments.add(attachment);
    articles.reindex(article);
    return attachment;
  }

  @Transactional
  public List<Attachment> list(Actor actor, String articleId) {
    articles.get(actor, articleId);
    return attachments.ofArticle(articleId);
  }

  /** An attachment of an article the actor may read. */
  @Transactional
  public Attachment get(Actor actor, String id) {
    Attachment attachment = find(id);
    visible(actor, attachment, AccessLevel.VIEW);
    return attachment;
  }

  /** The bytes of an attachment the caller got from {@link #get}. */
  public InputStream open(Attachment attachment) {
    try {
      return blobs.open(attachment.blobKey());
    } catch (IOException e) {
      throw new UncheckedIOException("The file of attachment " + attachment.id() + " is gone", e);
    }
  }

  /** Deletes an attachment (editors of its article); the blob goes after the commit. */
  @Transactional
  public void delete(Actor actor, String id) {
    Attachment attachment = find(id);
    Article article = visible(actor, attachment, AccessLevel.EDIT);
    attachments.remove(attachment);
    audit.record(
        actor.username(), AuditAction.ATTACHMENT_DELETED, "attachment", id, attachment.fileName());
    articles.reindex(article);
    released.fire(new BlobsReleased(List.of(attachment.blobKey())));
  }

  private Attachment find(String id) {
    return attachments.find(id).orElseThrow(() -> new NotFoundException("Attachment", id));
  }

  private Article visible(Actor actor, Attachment attachment, AccessLevel level) {
    try {
      return articles.load(actor, attachment.articleId(), level);
    } catch (NotFoundException e) {
      throw new NotFoundException("Attachment", attachment.id());
    }
  }
}
