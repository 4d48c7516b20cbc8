package io.kbplatform.content.acknowledgement;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's confirmation that they read one published version of an article. Never changed. */
@Entity
@Table(name = "acknowledgement")
public class Acknowledgement {

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "article_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String articleId;

  @Column(length = Columns.USERNAME_LENGTH, nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(name = "acknowledged_at", nullable = false, updatable = false)
  private Instant acknowledgedAt;

  protected Acknowledgement() {}

  public Acknowledgement(String articleId, String username, int version, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.articleId = articleId;
    this.username = username;
    this.version = version;
    this.acknowledgedAt = at;
  }

  public String id() {
    return id;
  }

  public String articleId() {
    return articleId;
  }

  public String username() {
    return username;
  }

  public int version() {
    return version;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
