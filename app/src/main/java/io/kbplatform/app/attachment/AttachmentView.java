package io.kbplatform.app.attachment;

import io.kbplatform.content.attachment.Attachment;
import io.kbplatform.content.attachment.ExtractionStatus;
import io.kbplatform.content.attachment.VersionedAttachment;
import java.time.Instant;

/**
 * An attachment's metadata, with the path to download it and the article version it belongs to (the
 * version it was added to, or the version listed).
 */
public record AttachmentView(
    String id,
    String articleId,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    ExtractionStatus extraction,
    String extractionReason,
    String href,
    int version) {

  public static AttachmentView of(VersionedAttachment versioned) {
    Attachment a = versioned.attachment();
    return new AttachmentView(
        a.id(),
        a.articleId(),
        a.fileName(),
        a.mediaType(),
        a.size(),
        a.sha256(),
        a.uploadedBy(),
        a.uploadedAt(),
        a.extractionStatus(),
        a.extractionReason().orElse(null),
        "/api/attachments/" + a.id(),
        versioned.version());
  }
}
