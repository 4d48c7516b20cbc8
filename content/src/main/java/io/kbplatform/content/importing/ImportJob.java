package io.kbplatform.content.importing;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.space.Space;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An import of one uploaded file (or ZIP) into a space, run in the background. */
@Entity
@Table(name = "import_job")
public class ImportJob {

  public static final int FILE_NAME_LENGTH = 255;
  public static final int REASON_LENGTH = 1000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "space_key", length = Space.KEY_LENGTH, nullable = false)
  private String spaceKey;

  @Column(name = "category_id", length = Columns.ID_LENGTH)
  private String categoryId;

  @Column(name = "file_name", length = FILE_NAME_LENGTH, nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private ImportState state;

  @Column(length = REASON_LENGTH)
  private String reason;

  @Column(name = "total_files", nullable = false)
  private int totalFiles;

  @Column(name = "done_files", nullable = false)
  private int doneFiles;

  @Column(name = "created_by", length = Columns.USERNAME_LENGTH, nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ImportJob() {}

  public ImportJob(
      String spaceKey, String categoryId, String fileName, String createdBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.spaceKey = spaceKey;
    this.categoryId = categoryId;
    this.fileName = cap(fileName, FILE_NAME_LENGTH);
    this.state = ImportState.QUEUED;
    this.createdBy = createdBy;
    this.createdAt = at;
    this.updatedAt = this.createdAt;
  }

  void start(int total, Instant at) {
    this.state = ImportState.RUNNING;
    this.totalFiles = total;
    touch(at);
  }

  void fileDone(Instant at) {
    this.doneFiles = Math.min(totalFiles, doneFiles + 1);
    touch(at);
  }

  void complete(Instant at) {
    this.state = ImportState.COMPLETED;
    this.doneFiles = totalFiles;
    touch(at);
  }

  void fail(String why, Instant at) {
    this.state = ImportState.FAILED;
    this.reason = cap(why, REASON_LENGTH);
    touch(at);
  }

  public boolean isFinished() {
    return state == ImportState.COMPLETED || state == ImportState.FAILED;
  }

  /** Percent of files done; 100 once finished. */
  public int percent() {
    if (isFinished()) {
      return 100;
    }
    return totalFiles == 0 ? 0 : doneFiles * 100 / totalFiles;
  }

  private void touch(Instant at) {
    this.updatedAt = at;
  }

  static String cap(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public String id() {
    return id;
  }

  public String spaceKey() {
    return spaceKey;
  }

  public Optional<String> categoryId() {
    return Optional.ofNullable(categoryId);
  }

  public String fileName() {
    return fileName;
  }

  public ImportState state() {
    return state;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public int totalFiles() {
    return totalFiles;
  }

  public int doneFiles() {
    return doneFiles;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
