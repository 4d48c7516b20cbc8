package io.kbplatform.content.searchanalytics;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A click on a hit of a recorded search: which article, at which (1-based) position, by whom
 * (pseudonym). At most one per article and search.
 */
@Entity
@Table(name = "search_click")
public class SearchClick {

  public static final int ARTICLE_ID_LENGTH = Columns.ID_LENGTH;
  public static final int MAX_POSITION = 10_000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "search_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String searchId;

  @Column(name = "article_id", length = ARTICLE_ID_LENGTH, nullable = false, updatable = false)
  private String articleId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  /** The pseudonym of the user who clicked (who also made the search). */
  @Column(length = SearcherPseudonyms.LENGTH, updatable = false)
  private String searcher;

  protected SearchClick() {}

  SearchClick(UUID searchId, String searcher, String articleId, int position, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.searchId = searchId.toString();
    this.searcher = searcher;
    this.articleId = articleId;
    this.position = position;
    this.occurredAt = at;
  }

  public String articleId() {
    return articleId;
  }

  public String searcher() {
    return searcher;
  }

  public int position() {
    return position;
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
