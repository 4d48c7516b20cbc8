package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A recorded search: normalised query, filters, outcome and the searcher's role, no name. */
@Entity
@Table(name = "search_event")
public class SearchEvent {

  public static final int ROLE_LENGTH = 20;
  public static final int SORT_LENGTH = 20;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(length = QueryText.MAX_LENGTH, nullable = false, updatable = false)
  private String query;

  @Column(length = QueryText.MAX_FILTERS_LENGTH, updatable = false)
  private String filters;

  @Column(length = SORT_LENGTH, updatable = false)
  private String sort;

  @Column(name = "result_count", nullable = false, updatable = false)
  private long resultCount;

  @Column(name = "latency_ms", nullable = false, updatable = false)
  private long latencyMs;

  @Column(length = ROLE_LENGTH, nullable = false, updatable = false)
  private String role;

  /** 1 for a first page, 0 for a next page (a number, so that reports can sum it). */
  @Column(name = "first_page", nullable = false, updatable = false)
  private int firstPage;

  @Column(nullable = false)
  private int clicks;

  protected SearchEvent() {}

  SearchEvent(UUID id, SearchRecord r, Instant at) {
    this.id = id.toString();
    this.occurredAt = Timestamps.toColumn(at);
    this.query = QueryText.normalise(r.query());
    String filterText = QueryText.filters(r.filters());
    this.filters = filterText.isEmpty() ? null : filterText;
    this.sort = r.sort() == null ? null : QueryText.cut(r.sort().strip(), SORT_LENGTH);
    this.resultCount = Math.max(0, r.resultCount());
    this.latencyMs = Math.max(0, r.latencyMillis());
    this.role =
        r.role() == null || r.role().isBlank()
            ? SearchRecord.NO_ROLE
            : QueryText.cut(r.role().strip(), ROLE_LENGTH);
    this.firstPage = r.firstPage() ? 1 : 0;
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public Instant occurredAt() {
    return Timestamps.fromColumn(occurredAt);
  }

  public String query() {
    return query;
  }

  public long resultCount() {
    return resultCount;
  }

  public String role() {
    return role;
  }

  public boolean firstPage() {
    return firstPage == 1;
  }
}
