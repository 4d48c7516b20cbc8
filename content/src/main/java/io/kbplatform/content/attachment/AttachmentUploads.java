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
import java.util.UUID;

/**
 * Attaches an uploaded file: checks the actor may, detects the type from the bytes, extracts the
 * text in the worker JVM, stores the blob, then records the row in a short transaction. Extraction
 * runs outside any transaction; a file that cannot be extracted is still attached, with the reason.
 */
@ApplicationScoped
public class AttachmentUploads {

  private AttachmentService attachments;
  private DocumentExtraction extraction;
  private BlobStore blobs;
  private BlobCleanup cleanup;

  protected AttachmentUploads() {}

  @Inject
  public AttachmentUploads(
      AttachmentService attachments,
      DocumentExtraction extraction,
      BlobStore blobs,
      BlobCleanup cleanup) {
    this.attachments = attachments;
    this.extraction = extraction;
    this.blobs = blobs;
    this.cleanup = cleanup;
  }

  /**
   * Attaches a file to the article's working draft, without publishing it.
   *
   * @param file the uploaded bytes in a temporary file, which the caller deletes
   * @throws UnsupportedTypeException when the bytes are not an allowed type
   */
  public Attachment attach(Actor actor, String articleId, String fileName, Path file) {
    return attach(actor, articleId, fileName, file, false).attachment();
  }

  /**
   * Attaches a file to the article's working draft (see {@link AttachmentService#record}); with
   * {@code publish}, which needs the right to publish, the draft goes live at once.
   *
   * @param file the uploaded bytes in a temporary file, which the caller deletes
   * @throws UnsupportedTypeException when the bytes are not an allowed type
   */
  public VersionedAttachment attach(
      Actor actor, String articleId, String fileName, Path file, boolean publish) {
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
    ExtractedText text = extract(file, name, mediaType);
    StoredFile stored = store(file, name, mediaType);
    try {
      return attachments.record(actor, articleId, stored, text, publish);
    } catch (RuntimeException e) {
      cleanup.deleteQuietly(stored.blobKey());
      throw e;
    }
  }

  private ExtractedText extract(Path file, String name, String mediaType) {
    if (!AttachmentTypes.hasText(mediaType)) {
      return ExtractedText.notApplicable();
    }
    try {
      ExtractedDocument document = extraction.extract(file, name);
      return new ExtractedText(
          ExtractionStatus.EXTRACTED,
          document.text(),
          document.truncated() ? "The text was cut at the output limit." : null);
    } catch (ExtractionException e) {
      return new ExtractedText(ExtractionStatus.FAILED, null, e.reason() + ": " + e.getMessage());
    }
  }

  private StoredFile store(Path file, String name, String mediaType) {
    String key = UUID.randomUUID().toString();
    try {
      String sha256 = sha256(file);
      blobs.put(key, file);
      return new StoredFile(key, name, mediaType, Files.size(file), sha256);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the file", e);
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
