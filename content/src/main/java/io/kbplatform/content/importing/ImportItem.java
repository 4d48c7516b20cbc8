package io.kbplatform.content.importing;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** One file of an import job and its outcome. */
@Entity
@Table(name = "import_item")
public class ImportItem {

  public static final int PATH_LENGTH = 1000;
  public static final int REASON_LENGTH = 1000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "job_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String jobId;

  @Column(nullable = false)
  private int position;

  @Column(length = PATH_LENGTH, nullable = false)
  private String path;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private ItemState state;

  @Column(length = REASON_LENGTH)
  private String reason;

  @Column(name = "article_id", length = Columns.ID_LENGTH)
  private String articleId;

  @Column(name = "sections")
  private Integer sections;

  protected ImportItem() {}

  public ImportItem(String jobId, int position, String path) {
    this.id = UUID.randomUUID().toString();
    this.jobId = jobId;
    this.position = position;
    this.path = ImportJob.cap(path, PATH_LENGTH);
    this.state = ItemState.PENDING;
  }

  void imported(String createdArticleId, String note, int sectionCount) {
    this.state = ItemState.IMPORTED;
    this.articleId = createdArticleId;
    this.sections = sectionCount;
    this.reason = ImportJob.cap(note, REASON_LENGTH);
  }

  /** The import stopped: whatever this file had created is gone, and it says why. */
  void discarded(String why) {
    this.state = ItemState.FAILED;
    this.articleId = null;
    this.sections = null;
    this.reason = ImportJob.cap(why, REASON_LENGTH);
  }

  void finish(ItemState newState, String why) {
    this.state = newState;
    this.reason = ImportJob.cap(why, REASON_LENGTH);
  }

  public String id() {
    return id;
  }

  public String jobId() {
    return jobId;
  }

  public int position() {
    return position;
  }

  public String path() {
    return path;
  }

  public ItemState state() {
    return state;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** How many sections the file became: 1 when it stayed whole, empty until it is imported. */
  public Optional<Integer> sections() {
    return Optional.ofNullable(sections);
  }

  public Optional<String> articleId() {
    return Optional.ofNullable(articleId);
  }
}
