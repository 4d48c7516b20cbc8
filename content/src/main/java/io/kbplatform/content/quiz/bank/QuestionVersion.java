package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.QuestionJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One version of a question, never changed once written. */
@Entity
@Table(name = "question_version")
@IdClass(QuestionVersion.Key.class)
public class QuestionVersion {

  /** The most a stored question document may hold (characters of JSON). */
  public static final int CONTENT_LENGTH = 1_000_000;

  @Id
  @Column(name = "question_id", length = Columns.ID_LENGTH)
  private String questionId;

  @Id
  @Column(name = "number")
  private int number;

  @Column(length = CONTENT_LENGTH, nullable = false, updatable = false)
  private String content;

  @Column(
      name = "created_by",
      length = Columns.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected QuestionVersion() {}

  QuestionVersion(String questionId, int number, String document, String by, Instant at) {
    this.questionId = questionId;
    this.number = number;
    this.content = document;
    this.createdBy = by;
    this.createdAt = at;
  }

  public String questionId() {
    return questionId;
  }

  public int number() {
    return number;
  }

  public QuestionContent content() {
    return QuestionJson.read(content);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The composite key: question and version number. */
  public static class Key implements Serializable {
    private String questionId;
    private int number;

    public Key() {}

    public Key(String questionId, int number) {
      this.questionId = questionId;
      this.number = number;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.questionId.equals(questionId) && k.number == number;
    }

    @Override
    public int hashCode() {
      return questionId.hashCode() * 31 + number;
    }
  }
}
