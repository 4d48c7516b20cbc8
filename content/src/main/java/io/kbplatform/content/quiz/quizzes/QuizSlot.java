package io.kbplatform.content.quiz.quizzes;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A place in a quiz: which bank question comes there and what it is worth. */
@Entity
@Table(name = "quiz_slot")
@IdClass(QuizSlot.Key.class)
public class QuizSlot {

  @Id
  @Column(name = "quiz_id", length = Columns.ID_LENGTH)
  private String quizId;

  @Id
  @Column(name = "position")
  private int position;

  @Column(name = "question_id", length = Columns.ID_LENGTH, nullable = false)
  private String questionId;

  @Column(nullable = false)
  private double mark;

  protected QuizSlot() {}

  QuizSlot(String quizId, int position, String questionId, double mark) {
    this.quizId = quizId;
    this.position = position;
    this.questionId = questionId;
    this.mark = mark;
  }

  public String quizId() {
    return quizId;
  }

  /** 1-based place in the quiz. */
  public int position() {
    return position;
  }

  public String questionId() {
    return questionId;
  }

  public double mark() {
    return mark;
  }

  /** The composite key: quiz and position. */
  public static class Key implements Serializable {
    private String quizId;
    private int position;

    public Key() {}

    public Key(String quizId, int position) {
      this.quizId = quizId;
      this.position = position;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.quizId.equals(quizId) && k.position == position;
    }

    @Override
    public int hashCode() {
      return quizId.hashCode() * 31 + position;
    }
  }
}
