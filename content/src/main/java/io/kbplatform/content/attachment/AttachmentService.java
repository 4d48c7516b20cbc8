package io.kbplatform.content.attachment;

import io.kbplatform.content.article.Article;
import io.kbplatform.content.article.ArticleRepository;
import io.kbplatform.content.article.ArticleService;
import io.kbplatform.content.article.ArticleVersion;
import io.kbplatform.content.audit.AuditAction;
import io.kbplatform.content.audit.AuditLog;
import io.kbplatform.content.common.NotFoundException;
import io.kbplatform.content.permission.AccessLevel;
import io.kbplatform.content.permission.Actor;
import io.kbplatform.content.workflow.ArticleWorkflow;
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
 * Records, lists, reads and deletes attachments for an actor. Attachments follow the article's
 * workflow: each version has its own set; readers see the published version's, and a change goes
 * into the working draft (or makes the next version), which only publishing makes live. An
 * attachment the actor may not see is not found, exactly like a missing id.
 */
@ApplicationScoped
public class AttachmentService {

  private AttachmentRepository attachments;
  private ArticleService articles;
  private ArticleRepository versions;
  private ArticleWorkflow workflow;
  private BlobStore blobs;
  private AuditLog audit;
  private Event<BlobsReleased> released;
  private Clock clock;

  protected AttachmentService() {}

  @Inject
  public AttachmentService(
      AttachmentRepository attachments,
      ArticleService articles,
      ArticleRepository versions,
      ArticleWorkflow workflow,
      BlobStore blobs,
      AuditLog audit,
      Event<BlobsReleased> released,
      Clock clock) {
    this.attachments = attachments;
    this.articles = articles;
    this.versions = versions;
    this.workflow = workflow;
    this.blobs = blobs;
    this.audit = audit;
    this.released = released;
    this.clock = clock;
  }

  /** Checks that the actor may attach files to the article (and publish, if asked to). */
  @Transactional
  public void requireEditor(Actor actor, String articleId, boolean publish) {
    articles.load(actor, articleId, level(publish));
  }

  /**
   * Adds a stored file to the article's working draft, or to a new draft version if the latest is
   * published or in review; with {@code publish} (publishers only) that version goes live.
   */
  @Transactional
  public VersionedAttachment record(
      Actor actor, String articleId, StoredFile file, ExtractedText text, boolean publish) {
    Article article = articles.load(actor, articleId, level(publish));
    attachments.lock(article);
    Attachment attachment =
        new Attachment(article.id(), file, text, actor.username(), clock.instant());
    attachments.add(attachment);
    int version = draftVersion(actor, article, "Attached " + attachment.fileName());
    attachments.link(article.id(), version, attachment.id());
    publishIfAsked(actor, article, publish, "Attached " + attachment.fileName());
    return new VersionedAttachment(attachment, version);
  }

  /**
   * The attachments of the version the actor reads: the published one for readers, the latest for
   * editors unless they ask for the published one; or of one version ({@code number}), which
   * readers may ask only for the published version.
   */
  @Transactional
  public List<VersionedAttachment> list(
      Actor actor, String articleId, boolean publishedOnly, Integer number) {
    ArticleVersion version =
        number == null
            ? articles.read(actor, articleId, publishedOnly)
            : articles.version(actor, articleId, number);
    return attachments.ofVersion(articleId, version.number()).stream()
        .map(a -> new VersionedAttachment(a, version.number()))
        .toList();
  }

  /** An attachment of a version the actor may read. */
  @Transactional
  public Attachment get(Actor actor, String id) {
    Attachment attachment = find(id);
    visible(actor, attachment);
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

  /**
   * Removes an attachment from the article's working draft (or from a new draft version); older
   * versions keep it. A row no version holds any more is deleted, and its blob after the commit
   * unless another row uses it.
   */
  @Transactional
  public void delete(Actor actor, String id, boolean publish) {
    Attachment attachment = find(id);
    visible(actor, attachment);
    Article article = articles.load(actor, attachment.articleId(), level(publish));
    attachments.lock(article);
    if (!attachments.versionsHolding(id).contains(article.latestVersion())) {
      throw new NotFoundException("Attachment", id);
    }
    String note = "Removed " + attachment.fileName();
    int version = draftVersion(actor, article, note);
    attachments.unlink(article.id(), version, id);
    audit.record(
        actor.username(),
        AuditAction.ATTACHMENT_DELETED,
        "attachment",
        id,
        attachment.fileName() + " (version " + version + ")");
    if (!attachments.isHeldByAnyVersion(id)) {
      attachments.remove(attachment);
      // whether another row still shares the blob is decided once, after the commit
      // (SharedBlobs.deleteIfUnreferenced, through BlobCleanup)
      released.fire(new BlobsReleased(List.of(attachment.blobKey())));
    }
    publishIfAsked(actor, article, publish, note);
  }

  /**
   * The version a change goes into: the working draft as it is, else a new version with the latest
   * text (whose attachment set starts as a copy of the latest one).
   */
  private int draftVersion(Actor actor, Article article, String changeNote) {
    if (AttachmentRules.changesTheWorkingDraft(article)) {
      return article.latestVersion();
    }
    ArticleVersion next =
        article.revise(
            article.title(),
            article.body(),
            article.tags(),
            actor.username(),
            changeNote,
            clock.instant());
    versions.addVersion(next);
    return next.number();
  }

  private void publishIfAsked(Actor actor, Article article, boolean publish, String comment) {
    if (publish) {
      workflow.publish(actor, article.id(), null, comment, false);
    }
  }

  private static AccessLevel level(boolean publish) {
    return publish ? AccessLevel.PUBLISH : AccessLevel.EDIT;
  }

  private Attachment find(String id) {
    return attachments.find(id).orElseThrow(() -> new NotFoundException("Attachment", id));
  }

  /** Not found unless the actor may read the article and a version of it they may read holds it. */
  private void visible(Actor actor, Attachment attachment) {
    try {
      Article article = articles.load(actor, attachment.articleId(), AccessLevel.VIEW);
      boolean editor = articles.can(actor, article, AccessLevel.EDIT);
      if (AttachmentRules.visible(article, editor, attachments.versionsHolding(attachment.id()))) {
        return;
      }
    } catch (NotFoundException e) {
      // the article is invisible to the actor: so is the attachment
    }
    throw new NotFoundException("Attachment", attachment.id());
  }
}
