package io.kbplatform.content.searchindex;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One rebuild of the search index: which index it fills, its phase and its counts. */
@Entity
@Table(name = "search_rebuild")
public class SearchRebuild {

  public static final int PHASE_LENGTH = 20;
  public static final int RUNNING_SLOT_LENGTH = 1;

  public static final int ERROR_LENGTH = 2000;
  public static final int INDEX_NAME_LENGTH = 255;
  private static final String RUNNING_SLOT = "R";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_rebuild_seq")
  @SequenceGenerator(
      name = "search_rebuild_seq",
      sequenceName = "search_rebuild_seq",
      allocationSize = 1)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private RebuildState state;

  @Column(length = PHASE_LENGTH, nullable = false)
  private String phase;

  @Column(name = "running_slot", length = RUNNING_SLOT_LENGTH)
  private String runningSlot;

  @Column(name = "index_name", length = INDEX_NAME_LENGTH, nullable = false)
  private String indexName;

  @Column(name = "outbox_mark", nullable = false)
  private long outboxMark;

  @Column(name = "total_articles", nullable = false)
  private int total;

  @Column(name = "indexed_articles", nullable = false)
  private int indexed;

  @Column(name = "failed_articles", nullable = false)
  private int failed;

  @Column(name = "started_by", length = Columns.USERNAME_LENGTH, nullable = false)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(length = ERROR_LENGTH)
  private String error;

  protected SearchRebuild() {}

  SearchRebuild(String indexName, long outboxMark, String phase, String startedBy, Instant at) {
    this.state = RebuildState.RUNNING;
    this.runningSlot = RUNNING_SLOT;
    this.indexName = indexName;
    this.outboxMark = outboxMark;
    this.phase = phase;
    this.startedBy = startedBy;
    this.startedAt = at;
    this.updatedAt = this.startedAt;
  }

  void progress(String phase, int total, int indexed, int failed, Instant at) {
    this.phase = phase;
    this.total = total;
    this.indexed = indexed;
    this.failed = failed;
    this.updatedAt = at;
  }

  void finish(RebuildState outcome, String phase, String error, Instant at) {
    this.state = outcome;
    this.phase = phase;
    this.runningSlot = null;
    this.error =
        error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    this.updatedAt = at;
    this.finishedAt = this.updatedAt;
  }

  public boolean isRunning() {
    return state == RebuildState.RUNNING;
  }

  /** Percent of articles done (indexed or failed), 0–100; 100 once completed. */
  public int percent() {
    if (state == RebuildState.COMPLETED) {
      return 100;
    }
    if (total <= 0) {
      return 0;
    }
    return (int) Math.min(99, (100L * (indexed + failed)) / total);
  }

  public long id() {
    return id;
  }

  public RebuildState state() {
    return state;
  }

  public String phase() {
    return phase;
  }

  public String indexName() {
    return indexName;
  }

  public long outboxMark() {
    return outboxMark;
  }

  public int total() {
    return total;
  }

  public int indexed() {
    return indexed;
  }

  public int failed() {
    return failed;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<String> error() {
    return Optional.ofNullable(error);
  }
}
