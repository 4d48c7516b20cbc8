package io.kbplatform.content.articlerequest;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
import io.kbplatform.content.space.Space;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A request for an article that does not exist yet, for a query in a space (or in every space).
 * While it is open it is the one request for its normalised query and space ({@link #openKey});
 * resolving it, as done or declined, frees the key for a later request.
 */
@Entity
@Table(name = "article_request")
public class ArticleRequest {

  public static final int OPEN_KEY_LENGTH = 320;

  public static final int QUERY_LENGTH = 300;
  public static final int NOTE_LENGTH = 2000;
  public static final int COMMENT_LENGTH = 500;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(length = QUERY_LENGTH, nullable = false, updatable = false)
  private String query;

  @Column(length = QUERY_LENGTH, nullable = false, updatable = false)
  private String normalised;

  @Column(length = NOTE_LENGTH, updatable = false)
  private String note;

  @Column(name = "space_key", length = Space.KEY_LENGTH, updatable = false)
  private String spaceKey;

  @Column(name = "open_key", length = OPEN_KEY_LENGTH)
  private String openKey;

  @Column(
      name = "requested_by",
      length = Columns.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private ArticleRequestStatus status;

  @Column(name = "resolved_by", length = Columns.USERNAME_LENGTH)
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "resolution", length = COMMENT_LENGTH)
  private String comment;

  @Column(name = "article_id", length = Columns.ID_LENGTH)
  private String articleId;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long version;

  protected ArticleRequest() {}

  /** A new open request by its first asker; the query and note are checked. */
  public static ArticleRequest open(NewArticleRequest what, String by, Instant at) {
    ArticleRequest request = new ArticleRequest();
    request.id = UUID.randomUUID().toString();
    request.query = checkedQuery(what.query());
    request.normalised = RequestedQuery.normalise(request.query, QUERY_LENGTH);
    request.note = checkedNote(what.note());
    request.spaceKey = what.spaceKey();
    request.openKey = openKey(what.spaceKey(), what.query());
    request.requestedBy = by;
    request.requestedAt = at;
    request.status = ArticleRequestStatus.OPEN;
    return request;
  }

  /** The key of the open request for a query in a space (null: every space). */
  public static String openKey(String spaceKey, String query) {
    return (spaceKey == null ? "" : spaceKey) + "|" + RequestedQuery.normalise(query, QUERY_LENGTH);
  }

  /** The query as shown, required and at most {@value #QUERY_LENGTH} characters. */
  public static String checkedQuery(String query) {
    String tidy = RequestedQuery.tidy(query);
    if (tidy.isEmpty()) {
      throw new InvalidRequestException("query is required.");
    }
    if (tidy.length() > QUERY_LENGTH) {
      throw new InvalidRequestException("query is longer than " + QUERY_LENGTH + " characters.");
    }
    return tidy;
  }

  /** A note, stripped; null when blank; at most {@value #NOTE_LENGTH} characters. */
  public static String checkedNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    if (note.strip().length() > NOTE_LENGTH) {
      throw new InvalidRequestException("note is longer than " + NOTE_LENGTH + " characters.");
    }
    return note.strip();
  }

  /**
   * Closes the request as done or declined, optionally with a comment for the askers and the
   * article that answers it. Only an open request can be resolved.
   */
  public void resolve(Resolution how, String by, Instant at) {
    if (how.status() == null || how.status().isOpen()) {
      throw new InvalidRequestException("status must be DONE or DECLINED.");
    }
    if (!status.isOpen()) {
      throw new ConflictException("This request is " + status.name().toLowerCase() + " already.");
    }
    String text = how.comment() == null || how.comment().isBlank() ? null : how.comment().strip();
    if (text != null && text.length() > COMMENT_LENGTH) {
      throw new InvalidRequestException(
          "comment is longer than " + COMMENT_LENGTH + " characters.");
    }
    this.status = how.status();
    this.comment = text;
    this.articleId = how.articleId();
    this.resolvedBy = by;
    this.resolvedAt = at;
    this.openKey = null;
  }

  public String id() {
    return id;
  }

  public String query() {
    return query;
  }

  public String normalised() {
    return normalised;
  }

  /** The first asker's note. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Optional<String> spaceKey() {
    return Optional.ofNullable(spaceKey);
  }

  public Optional<String> openKey() {
    return Optional.ofNullable(openKey);
  }

  /** The first asker. */
  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public ArticleRequestStatus status() {
    return status;
  }

  public Optional<String> resolvedBy() {
    return Optional.ofNullable(resolvedBy);
  }

  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public Optional<String> articleId() {
    return Optional.ofNullable(articleId);
  }

  public long version() {
    return version;
  }
}
