package io.kbplatform.content.articlerequest;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One person who asked for a request, the first asker included, with their own note. */
@Entity
@Table(name = "article_request_asker")
public class ArticleRequestAsker {

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "request_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String requestId;

  @Column(length = Columns.USERNAME_LENGTH, nullable = false, updatable = false)
  private String username;

  @Column(length = ArticleRequest.NOTE_LENGTH, updatable = false)
  private String note;

  @Column(name = "asked_at", nullable = false, updatable = false)
  private Instant askedAt;

  protected ArticleRequestAsker() {}

  /** Someone asking for a request; the note is checked like the request's. */
  public ArticleRequestAsker(ArticleRequest request, String username, String note, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.requestId = request.id();
    this.username = username;
    this.note = ArticleRequest.checkedNote(note);
    this.askedAt = at;
  }

  public String requestId() {
    return requestId;
  }

  public String username() {
    return username;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant askedAt() {
    return askedAt;
  }
}
