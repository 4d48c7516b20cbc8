package io.kbplatform.content.feedback;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.common.InvalidRequestException;
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
 * One piece of feedback by one reader on one published version of an article. A vote counts while
 * it is the reader's current vote on that version; a flag, or anything with a comment, is also an
 * item its owner handles: new → acknowledged → resolved, with a reply.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

  public static final int REASON_CODE_LENGTH = 30;

  public static final int COMMENT_LENGTH = 2000;
  public static final int REPLY_LENGTH = 2000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "article_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String articleId;

  @Column(name = "article_version", nullable = false, updatable = false)
  private int articleVersion;

  @Column(length = Columns.USERNAME_LENGTH, nullable = false, updatable = false)
  private String reporter;

  /** The reporter while this is their current vote on the version; null otherwise. */
  @Column(length = Columns.USERNAME_LENGTH)
  private String voter;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false, updatable = false)
  private FeedbackKind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = REASON_CODE_LENGTH, updatable = false)
  private FeedbackReason reason;

  @Column(length = COMMENT_LENGTH, updatable = false)
  private String comment;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private FeedbackState state;

  @Column(length = REPLY_LENGTH)
  private String reply;

  @Column(name = "replied_by", length = Columns.USERNAME_LENGTH)
  private String repliedBy;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Feedback() {}

  private Feedback(String articleId, int articleVersion, String reporter, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.articleId = articleId;
    this.articleVersion = articleVersion;
    this.reporter = reporter;
    this.state = FeedbackState.NEW;
    this.createdAt = at;
    this.updatedAt = this.createdAt;
  }

  /**
   * Feedback by a reader on a version, checked: a reason is required to vote not helpful or to
   * flag, and a flag must say what is wrong in a comment.
   */
  public static Feedback give(
      String articleId, int version, String reporter, NewFeedback what, Instant at) {
    if (what.kind() == null) {
      throw new InvalidRequestException("kind is required.");
    }
    String comment = what.comment() == null || what.comment().isBlank() ? null : what.comment();
    if (comment != null && comment.strip().length() > COMMENT_LENGTH) {
      throw new InvalidRequestException(
          "comment is longer than " + COMMENT_LENGTH + " characters.");
    }
    switch (what.kind()) {
      case HELPFUL -> {
        if (what.reason() != null) {
          throw new InvalidRequestException("A helpful vote takes no reason.");
        }
      }
      case NOT_HELPFUL -> requireReason(what);
      case FLAG -> {
        requireReason(what);
        if (comment == null) {
          throw new InvalidRequestException("A flag needs a comment that says what is wrong.");
        }
      }
    }
    Feedback feedback = new Feedback(articleId, version, reporter, at);
    feedback.kind = what.kind();
    feedback.reason = what.reason();
    feedback.comment = comment == null ? null : comment.strip();
    feedback.voter = what.kind().isVote() ? reporter : null;
    return feedback;
  }

  private static void requireReason(NewFeedback what) {
    if (what.reason() == null) {
      throw new InvalidRequestException(
          "reason is required for " + what.kind().name().toLowerCase().replace('_', ' ') + ".");
    }
  }

  /**
   * Stops counting this as the reporter's vote, because a newer vote replaced it; true if it is
   * still worth keeping as an item (it carries a comment).
   */
  public boolean supersede() {
    this.voter = null;
    return isItem();
  }

  /** Marks the item as seen, optionally with a reply to the reporter. Only a new item can be. */
  public void acknowledge(String by, String reply, Instant at) {
    requireItem();
    if (state != FeedbackState.NEW) {
      throw new ConflictException(
          "Only new feedback can be acknowledged; this is " + state.name().toLowerCase() + ".");
    }
    this.state = FeedbackState.ACKNOWLEDGED;
    reply(by, reply, at);
  }

  /** Closes the item with a reply to the reporter; a new or acknowledged item can be resolved. */
  public void resolve(String by, String reply, Instant at) {
    requireItem();
    if (!state.isOpen()) {
      throw new ConflictException("This feedback is resolved already.");
    }
    if (reply == null || reply.isBlank()) {
      throw new InvalidRequestException(
          "Resolving needs a reply that tells the reporter what changed.");
    }
    this.state = FeedbackState.RESOLVED;
    reply(by, reply, at);
  }

  private void reply(String by, String text, Instant at) {
    if (text != null && !text.isBlank()) {
      if (text.strip().length() > REPLY_LENGTH) {
        throw new InvalidRequestException("reply is longer than " + REPLY_LENGTH + " characters.");
      }
      this.reply = text.strip();
      this.repliedBy = by;
      this.repliedAt = at;
    }
    this.updatedAt = at;
  }

  private void requireItem() {
    if (!isItem()) {
      throw new ConflictException(
          "A vote without a comment has nothing to acknowledge or resolve.");
    }
  }

  /** Whether owners handle this: a flag, or anything with a comment (not a bare vote). */
  public boolean isItem() {
    return kind == FeedbackKind.FLAG || comment != null;
  }

  /** Whether this is the reporter's current vote on its version (so it is counted). */
  public boolean isCurrentVote() {
    return voter != null;
  }

  public String id() {
    return id;
  }

  public String articleId() {
    return articleId;
  }

  public int articleVersion() {
    return articleVersion;
  }

  public String reporter() {
    return reporter;
  }

  public FeedbackKind kind() {
    return kind;
  }

  public Optional<FeedbackReason> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  public FeedbackState state() {
    return state;
  }

  public Optional<String> reply() {
    return Optional.ofNullable(reply);
  }

  public Optional<String> repliedBy() {
    return Optional.ofNullable(repliedBy);
  }

  public Optional<Instant> repliedAt() {
    return Optional.ofNullable(repliedAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
