package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.space.Space;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A named collection of questions in a space, from which quizzes take their questions. */
@Entity
@Table(name = "question_bank")
public class QuestionBank {

  public static final int NAME_LENGTH = 200;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "space_key", length = Space.KEY_LENGTH, nullable = false, updatable = false)
  private String spaceKey;

  @Column(length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(
      name = "created_by",
      length = Columns.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long version;

  protected QuestionBank() {}

  QuestionBank(String spaceKey, String name, String createdBy, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.spaceKey = spaceKey;
    this.name = name.strip();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String spaceKey() {
    return spaceKey;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
