package io.kbplatform.content.quiz.quizzes;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.space.Space;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A quiz of a space: its title, status and the rules of taking it. Its questions are slots. */
@Entity
@Table(name = "quiz")
public class Quiz {

  public static final int TITLE_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 4000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "space_key", length = Space.KEY_LENGTH, nullable = false, updatable = false)
  private String spaceKey;

  @Column(length = TITLE_LENGTH, nullable = false)
  private String title;

  @Column(length = DESCRIPTION_LENGTH)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private QuizStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "grading_method", length = Columns.ENUM_LENGTH, nullable = false)
  private GradingMethod gradingMethod;

  @Column(name = "attempts_allowed", nullable = false)
  private int attemptsAllowed;

  @Column(name = "pass_mark", nullable = false)
  private double passMark;

  @Column(name = "time_limit_seconds")
  private Integer timeLimitSeconds;

  @Column(name = "open_at")
  private Instant openAt;

  @Column(name = "close_at")
  private Instant closeAt;

  @Column(name = "shuffle_questions", nullable = false)
  private boolean shuffleQuestions;

  @Column(
      name = "created_by",
      length = Columns.USERNAME_LENGTH,
      nullable = false,
      updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", length = Columns.USERNAME_LENGTH, nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long version;

  protected Quiz() {}

  Quiz(String spaceKey, String title, String description, QuizRules rules, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.spaceKey = spaceKey;
    this.status = QuizStatus.DRAFT;
    this.createdBy = by;
    this.createdAt = at;
    describe(title, description, rules, by, at);
  }

  void describe(String title, String description, QuizRules rules, String by, Instant at) {
    this.title = title.strip();
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.gradingMethod = rules.gradingMethod();
    this.attemptsAllowed = rules.attemptsAllowed();
    this.passMark = rules.passMark();
    this.timeLimitSeconds =
        rules.timeLimit() == null ? null : Math.toIntExact(rules.timeLimit().toSeconds());
    this.openAt = rules.openAt();
    this.closeAt = rules.closeAt();
    this.shuffleQuestions = rules.shuffleQuestions();
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void publish(String by, Instant at) {
    if (status == QuizStatus.PUBLISHED) {
      throw new ConflictException("The quiz is published already.");
    }
    status = QuizStatus.PUBLISHED;
    updatedBy = by;
    updatedAt = at;
  }

  /** Whether learners may start an attempt now: published and within its window. */
  public boolean isOpen(Instant now) {
    return status == QuizStatus.PUBLISHED
        && (openAt == null || !now.isBefore(openAt))
        && (closeAt == null || now.isBefore(closeAt));
  }

  /** When an attempt started now must be submitted: the time limit or the close, the earlier. */
  public Instant deadlineFor(Instant start) {
    Instant byLimit = timeLimitSeconds == null ? null : start.plusSeconds(timeLimitSeconds);
    if (byLimit == null) {
      return closeAt;
    }
    return closeAt == null || byLimit.isBefore(closeAt) ? byLimit : closeAt;
  }

  public String id() {
    return id;
  }

  public String spaceKey() {
    return spaceKey;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public QuizStatus status() {
    return status;
  }

  public QuizRules rules() {
    return new QuizRules(
        gradingMethod,
        attemptsAllowed,
        passMark,
        timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds),
        openAt,
        closeAt,
        shuffleQuestions);
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long lockVersion() {
    return version;
  }
}
