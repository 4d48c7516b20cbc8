package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.quiz.question.QuestionContent;
import io.kbplatform.content.quiz.question.QuestionType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A question of a bank: its category, tags and the number of its latest version. What it asks is in
 * its versions ({@link QuestionVersion}); the type and name of the latest are kept here for lists.
 */
@Entity
@Table(name = "question")
public class Question {

  public static final int NAME_LENGTH = 255;
  public static final int TAG_LENGTH = 50;
  public static final int MAX_TAGS = 20;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "bank_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String bankId;

  @Column(name = "category_id", length = Columns.ID_LENGTH)
  private String categoryId;

  @Column(nullable = false, updatable = false)
  private long position;

  @Enumerated(EnumType.STRING)
  @Column(length = 32, nullable = false)
  private QuestionType type;

  @Column(length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  @ElementCollection
  @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "question_id"))
  @Column(name = "tag", length = TAG_LENGTH, nullable = false)
  private Set<String> tags = new TreeSet<>();

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

  protected Question() {}

  Question(
      String bankId,
      String categoryId,
      long position,
      Set<String> tags,
      QuestionContent first,
      String by,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.bankId = bankId;
    this.categoryId = categoryId;
    this.position = position;
    this.tags = new TreeSet<>(tags);
    this.latestVersion = 0;
    this.createdBy = by;
    this.createdAt = at;
    describe(first, by, at);
  }

  /** The next version's number, the question now described by it. */
  int revise(QuestionContent content, String by, Instant at) {
    describe(content, by, at);
    return latestVersion;
  }

  private void describe(QuestionContent content, String by, Instant at) {
    this.type = content.type();
    this.name = listName(content);
    this.latestVersion++;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void file(String categoryId, Set<String> tags) {
    this.categoryId = categoryId;
    this.tags = new TreeSet<>(tags);
  }

  /** The name lists show: the question's name, or the start of its text when it has none. */
  static String listName(QuestionContent content) {
    String name = content.name().isEmpty() ? content.text().text().strip() : content.name();
    name = name.replaceAll("\\s+", " ");
    return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…";
  }

  public String id() {
    return id;
  }

  public String bankId() {
    return bankId;
  }

  public String categoryId() {
    return categoryId;
  }

  public QuestionType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public int latestVersion() {
    return latestVersion;
  }

  public Set<String> tags() {
    return Set.copyOf(tags);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  /** The optimistic-lock version, as the ETag of the question. */
  public long lockVersion() {
    return version;
  }
}
