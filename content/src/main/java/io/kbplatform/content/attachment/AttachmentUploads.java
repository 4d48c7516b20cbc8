package io.kbplatform.content.attachment;

import io.kbplatform.content.common.UnsupportedTypeException;
import io.kbplatform.content.extraction.ExtractedDocument;
import io.kbplatform.content.extraction.ExtractionException;
import io.kbplatform.content.extraction.MediaTypes;
import io.kbplatform.content.permission.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Attaches an uploaded file: checks the actor may, detects the type from the bytes, checks the
 * space's storage quota, extracts the text in a worker JVM, stores the blob once per content, then
 * records the row in a short transaction. Extraction runs outside any transaction; a file that
 * cannot be extracted is still attached, with the reason.
 */
@ApplicationScoped
public class AttachmentUploads {

  private AttachmentService attachments;
  private DocumentExtraction extraction;
  private SharedBlobs blobs;
  private SpaceQuota quota;

  protected AttachmentUploads() {}

  @Inject
  public AttachmentUploads(
      AttachmentService attachments,
      DocumentExtraction extraction,
      SharedBlobs blobs,
      SpaceQuota quota) {
    this.attachments = attachments;
    this.extraction = extraction;
    this.blobs = blobs;
    this.quota = quota;
  }

  /**
   * Attaches a file someone is waiting for (an upload) to the article's working draft, without
   * publishing it.
   *
   * @param file the uploaded bytes in a temporary file, which the caller deletes
   * @throws UnsupportedTypeException when the bytes are not an allowed type
   * @throws StorageQuotaExceededException when the space has no room for the file
   * @throws io.kbplatform.content.extraction.ExtractionBusyException when no extraction worker
   *     became free in time
   */
  public Attachment attach(Actor actor, String articleId, String fileName, Path file) {
    return attach(actor, articleId, fileName, file, false).attachment();
  }

  /**
   * Attaches a file someone is waiting for (an upload) to the article's working draft (see {@link
   * AttachmentService#record}); with {@code publish}, which needs the right to publish, the draft
   * goes live at once.
   *
   * @param file the uploaded bytes in a temporary file, which the caller deletes
   * @throws UnsupportedTypeException when the bytes are not an allowed type
   * @throws StorageQuotaExceededException when the space has no room for the file
   */
  public VersionedAttachment attach(
      Actor actor, String articleId, String fileName, Path file, boolean publish) {
    return attach(actor, articleId, fileName, file, publish, false);
  }

  /**
   * Attaches a file for a background job (an import) to the article's working draft: its extraction
   * yields to uploads.
   */
  public Attachment attachInBackground(Actor actor, String articleId, String fileName, Path file) {
    return attach(actor, articleId, fileName, file, false, true).attachment();
  }

  private VersionedAttachment attach(
      Actor actor,
      String articleId,
      String fileName,
      Path file,
      boolean publish,
      boolean background) {
    attachments.requireEditor(actor, articleId, publish);
    String name = FileNames.clean(fileName);
    String mediaType = MediaTypes.detect(file, name);
    if (!AttachmentTypes.isAllowed(mediaType)) {
      throw new UnsupportedTypeException(
          "Files of type "
              + mediaType
              + " cannot be attached; attach images, video, audio, PDF, Office documents,"
              + " text, Markdown, CSV or HTML.");
    }
    try {
      long size = Files.size(file);
      String sha256 = sha256(file);
      String key = SharedBlobs.keyOf(sha256);
      quota.requireRoom(articleId, key, size);
      ExtractedText text = extract(file, name, mediaType, background);
      StoredFile stored = new StoredFile(key, name, mediaType, size, sha256);
      try {
        return blobs.storeOnce(
            file,
            sha256,
            k -> {
              // Again under the blob's lock: another upload may have taken the room meanwhile.
              quota.requireRoom(articleId, k, size);
              return attachments.record(actor, articleId, stored, text, publish);
            });
      } catch (RuntimeException e) {
        blobs.deleteIfUnreferenced(key);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the file", e);
    }
  }

  private ExtractedText extract(Path file, String name, String mediaType, boolean background) {
    if (!AttachmentTypes.hasText(mediaType)) {
      return ExtractedText.notApplicable();
    }
    try {
      ExtractedDocument document =
          background ? extraction.extractInBackground(file, name) : extraction.extract(file, name);
      return new ExtractedText(
          ExtractionStatus.EXTRACTED,
          document.text(),
          document.truncated() ? "The text was cut at the output limit." : null);
    } catch (ExtractionException e) {
      return new ExtractedText(ExtractionStatus.FAILED, null, e.reason() + ": " + e.getMessage());
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
