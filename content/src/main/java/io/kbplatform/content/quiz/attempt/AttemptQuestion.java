package io.kbplatform.content.quiz.attempt;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.quiz.question.Response;
import io.kbplatform.content.quiz.question.ResponseJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A question as one attempt shows it: the version, its place in the attempt and in the quiz, the
 * order its options were shown in, the response as last saved and its grade.
 */
@Entity
@Table(name = "attempt_question")
@IdClass(AttemptQuestion.Key.class)
public class AttemptQuestion {

  public static final int RESPONSE_LENGTH = 200_000;
  public static final int COMMENT_LENGTH = 10_000;

  @Id
  @Column(name = "attempt_id", length = Columns.ID_LENGTH)
  private String attemptId;

  @Id
  @Column(name = "slot")
  private int slot;

  @Column(name = "quiz_position", nullable = false, updatable = false)
  private int quizPosition;

  @Column(name = "question_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String questionId;

  @Column(name = "question_version", nullable = false, updatable = false)
  private int questionVersion;

  @Column(nullable = false, updatable = false)
  private double mark;

  @Column(name = "shown_order", length = 4000, updatable = false)
  private String shownOrder;

  @Column(length = RESPONSE_LENGTH)
  private String response;

  @Column(name = "answered_at")
  private Instant answeredAt;

  private Double fraction;

  @Column(name = "graded_by", length = Columns.USERNAME_LENGTH)
  private String gradedBy;

  @Column(length = COMMENT_LENGTH)
  private String comment;

  protected AttemptQuestion() {}

  AttemptQuestion(
      String attemptId,
      int slot,
      int quizPosition,
      String questionId,
      int questionVersion,
      double mark,
      ShownOrder shownOrder) {
    this.attemptId = attemptId;
    this.slot = slot;
    this.quizPosition = quizPosition;
    this.questionId = questionId;
    this.questionVersion = questionVersion;
    this.mark = mark;
    this.shownOrder = shownOrder.write();
  }

  void answer(Response response, Instant at) {
    this.response = ResponseJson.write(response);
    this.answeredAt = at;
  }

  void grade(Double fraction) {
    this.fraction = fraction;
  }

  public String attemptId() {
    return attemptId;
  }

  /** 1-based place in the attempt (shuffled questions differ from the quiz's order). */
  public int slot() {
    return slot;
  }

  /** 1-based place in the quiz. */
  public int quizPosition() {
    return quizPosition;
  }

  public String questionId() {
    return questionId;
  }

  public int questionVersion() {
    return questionVersion;
  }

  public double mark() {
    return mark;
  }

  public ShownOrder shownOrder() {
    return ShownOrder.read(shownOrder);
  }

  public Optional<Response> response() {
    return response == null ? Optional.empty() : Optional.of(ResponseJson.read(response));
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  /** The grade as a share of the mark; null until graded (an essay waits for a trainer). */
  public Double fraction() {
    return fraction;
  }

  public String comment() {
    return comment;
  }

  /** The composite key: attempt and slot. */
  public static class Key implements Serializable {
    private String attemptId;
    private int slot;

    public Key() {}

    public Key(String attemptId, int slot) {
      this.attemptId = attemptId;
      this.slot = slot;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.attemptId.equals(attemptId) && k.slot == slot;
    }

    @Override
    public int hashCode() {
      return attemptId.hashCode() * 31 + slot;
    }
  }
}
