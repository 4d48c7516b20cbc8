package io.kbplatform.content.workflow;

import io.kbplatform.content.article.ArticleStatus;
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

/** One recorded workflow transition of an article: who moved which version where, and why. */
@Entity
@Table(name = "workflow_event")
public class WorkflowEvent {

  public static final int COMMENT_LENGTH = 2000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "article_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String articleId;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false, updatable = false)
  private WorkflowAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = Columns.ENUM_LENGTH, nullable = false, updatable = false)
  private ArticleStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = Columns.ENUM_LENGTH, nullable = false, updatable = false)
  private ArticleStatus to;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(length = Columns.USERNAME_LENGTH, nullable = false, updatable = false)
  private String actor;

  @Column(length = COMMENT_LENGTH, updatable = false)
  private String comment;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected WorkflowEvent() {}

  WorkflowEvent(
      String articleId,
      WorkflowAction action,
      ArticleStatus from,
      ArticleStatus to,
      int version,
      String actor,
      String comment,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.articleId = articleId;
    this.action = action;
    this.from = from;
    this.to = to;
    this.version = version;
    this.actor = actor;
    this.comment = comment;
    this.createdAt = at;
  }

  public String articleId() {
    return articleId;
  }

  public WorkflowAction action() {
    return action;
  }

  public ArticleStatus from() {
    return from;
  }

  public ArticleStatus to() {
    return to;
  }

  public int version() {
    return version;
  }

  public String actor() {
    return actor;
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
