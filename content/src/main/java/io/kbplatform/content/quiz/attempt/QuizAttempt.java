package io.kbplatform.content.quiz.attempt;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One learner's attempt at a quiz. */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "quiz_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String quizId;

  @Column(length = Columns.USERNAME_LENGTH, nullable = false, updatable = false)
  private String username;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private AttemptState state;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(updatable = false)
  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  private Double score;

  @Column(name = "max_score", nullable = false, updatable = false)
  private double maxScore;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long version;

  protected QuizAttempt() {}

  QuizAttempt(
      String quizId,
      String username,
      int number,
      Instant startedAt,
      Instant deadline,
      double maxScore) {
    this.id = UUID.randomUUID().toString();
    this.quizId = quizId;
    this.username = username;
    this.number = number;
    this.state = AttemptState.IN_PROGRESS;
    this.startedAt = startedAt;
    this.deadline = deadline;
    this.maxScore = maxScore;
  }

  /** Whether its time is up at this instant (it may not be submitted yet). */
  boolean overdue(Instant now) {
    return deadline != null && !now.isBefore(deadline);
  }

  /** Finishes it with this score, at the time given or its deadline if that came first. */
  void finish(double score, Instant now) {
    this.state = AttemptState.FINISHED;
    this.score = score;
    this.submittedAt = deadline != null && deadline.isBefore(now) ? deadline : now;
  }

  /** A regrade or a trainer's grade changed the score. */
  void rescore(double score) {
    this.score = score;
  }

  public String id() {
    return id;
  }

  public String quizId() {
    return quizId;
  }

  public String username() {
    return username;
  }

  public int number() {
    return number;
  }

  public AttemptState state() {
    return state;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant deadline() {
    return deadline;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  /** The score so far (questions a trainer has not graded yet count nothing); null in progress. */
  public Double score() {
    return score;
  }

  public double maxScore() {
    return maxScore;
  }
}
