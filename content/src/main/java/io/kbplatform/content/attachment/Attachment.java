package io.kbplatform.content.attachment;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A file attached to an article: its metadata and extracted text; the bytes are a blob. */
@Entity
@Table(name = "attachment")
public class Attachment {

  public static final int MEDIA_TYPE_LENGTH = 200;
  public static final int SHA256_LENGTH = 64;
  public static final int BLOB_KEY_LENGTH = 100;

  public static final int FILE_NAME_LENGTH = 255;
  public static final int REASON_LENGTH = 500;
  public static final int TEXT_LENGTH = 1_000_000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "article_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String articleId;

  @Column(name = "file_name", length = FILE_NAME_LENGTH, nullable = false)
  private String fileName;

  @Column(name = "media_type", length = MEDIA_TYPE_LENGTH, nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(length = SHA256_LENGTH, nullable = false)
  private String sha256;

  @Column(name = "blob_key", length = BLOB_KEY_LENGTH, nullable = false)
  private String blobKey;

  @Column(name = "uploaded_by", length = Columns.USERNAME_LENGTH, nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "extraction_status", length = Columns.ENUM_LENGTH, nullable = false)
  private ExtractionStatus extractionStatus;

  @Column(name = "extraction_reason", length = REASON_LENGTH)
  private String extractionReason;

  @Column(name = "extracted_text", length = TEXT_LENGTH)
  private String extractedText;

  protected Attachment() {}

  public Attachment(
      String articleId,
      StoredFile file,
      ExtractedText text,
      String uploadedBy,
      Instant uploadedAt) {
    this.id = UUID.randomUUID().toString();
    this.articleId = articleId;
    this.fileName = file.fileName();
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.blobKey = file.blobKey();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
    this.extractionStatus = text.status();
    this.extractionReason = cap(text.reason(), REASON_LENGTH);
    this.extractedText = cap(text.text(), TEXT_LENGTH);
  }

  private static String cap(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public String id() {
    return id;
  }

  public String articleId() {
    return articleId;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String blobKey() {
    return blobKey;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public ExtractionStatus extractionStatus() {
    return extractionStatus;
  }

  public Optional<String> extractionReason() {
    return Optional.ofNullable(extractionReason);
  }

  public Optional<String> extractedText() {
    return Optional.ofNullable(extractedText);
  }
}
