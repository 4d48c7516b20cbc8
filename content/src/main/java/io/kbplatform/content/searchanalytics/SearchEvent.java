package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.space.Space;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A recorded search: normalised and masked query, filters, outcome, the searcher's role and
 * pseudonym (no name), the articles it showed and the spaces it is attributed to.
 */
@Entity
@Table(name = "search_event")
public class SearchEvent {

  public static final int ROLE_LENGTH = 20;
  public static final int SORT_LENGTH = 20;
  public static final int HITS_LENGTH = 4000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

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

  @Column(length = SearcherPseudonyms.LENGTH, updatable = false)
  private String searcher;

  /** 1 when the query as typed held personal data (it is stored masked); never a suggestion. */
  @Column(nullable = false, updatable = false)
  private int personal;

  /** The article ids the page showed, comma-separated, in order. */
  @Column(length = HITS_LENGTH, updatable = false)
  private String hits;

  @ElementCollection
  @CollectionTable(name = "search_event_space", joinColumns = @JoinColumn(name = "search_id"))
  @Column(name = "space_key", length = Space.KEY_LENGTH, nullable = false)
  private Set<String> spaces = new HashSet<>();

  protected SearchEvent() {}

  /** A search as recorded, the query masked by the masker (which knows the users' names). */
  SearchEvent(UUID id, SearchRecord r, Instant at, PersonalData masker) {
    this.id = id.toString();
    this.occurredAt = at;
    String plain = QueryText.plain(r.query());
    this.query = QueryText.normalise(r.query(), masker);
    this.personal = masker.holdsPersonalData(plain) ? 1 : 0;
    this.searcher = r.searcher();
    this.hits = joined(r.hits());
    r.spaces().stream().filter(key -> key.length() <= Space.KEY_LENGTH).forEach(spaces::add);
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

  SearchEvent(UUID id, SearchRecord r, Instant at) {
    this(id, r, at, PersonalData.PATTERNS_ONLY);
  }

  private static String joined(List<String> ids) {
    StringBuilder text = new StringBuilder();
    for (String articleId : ids) {
      if (articleId == null
          || articleId.isBlank()
          || articleId.contains(",")
          || articleId.length() > SearchClick.ARTICLE_ID_LENGTH
          || text.length() + articleId.length() + 1 > HITS_LENGTH) {
        continue;
      }
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(articleId);
    }
    return text.length() == 0 ? null : text.toString();
  }

  /** Whether this search (this page) showed the article. */
  public boolean showed(String articleId) {
    return hits != null && Arrays.asList(hits.split(",")).contains(articleId);
  }

  /** Whether this search was made by the searcher with this pseudonym. */
  public boolean madeBy(String pseudonym) {
    return searcher != null && searcher.equals(pseudonym);
  }

  /** The searcher's pseudonym (null for searches recorded before pseudonyms). */
  public String searcher() {
    return searcher;
  }

  /** Whether the query as typed held personal data. */
  public boolean personal() {
    return personal == 1;
  }

  public Set<String> spaces() {
    return Set.copyOf(spaces);
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  public Instant occurredAt() {
    return occurredAt;
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
