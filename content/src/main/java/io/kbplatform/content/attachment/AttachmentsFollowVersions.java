package io.kbplatform.content.attachment;

import io.kbplatform.content.article.ArticleVersionSaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives every new version of an article the attachments of the version it was based on: an edit
 * keeps the draft's files, a restore brings back the old version's files.
 */
@ApplicationScoped
public class AttachmentsFollowVersions {

  private AttachmentRepository attachments;

  protected AttachmentsFollowVersions() {}

  @Inject
  public AttachmentsFollowVersions(AttachmentRepository attachments) {
    this.attachments = attachments;
  }

  void versionSaved(@Observes ArticleVersionSaved event) {
    attachments.copyLinks(event.articleId(), event.basedOn(), event.number());
  }
}
