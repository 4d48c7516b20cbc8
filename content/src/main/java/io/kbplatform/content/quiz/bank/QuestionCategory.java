package io.kbplatform.content.quiz.bank;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/**
 * A category of a bank's questions, possibly inside another ({@code 产品知识/宽带}). Each keeps its whole
 * path, unique within its bank.
 */
@Entity
@Table(name = "question_category")
public class QuestionCategory {

  public static final int NAME_LENGTH = 200;
  public static final int PATH_LENGTH = 1000;

  /** How nested categories may be. */
  public static final int MAX_DEPTH = 10;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(name = "bank_id", length = Columns.ID_LENGTH, nullable = false, updatable = false)
  private String bankId;

  @Column(name = "parent_id", length = Columns.ID_LENGTH, updatable = false)
  private String parentId;

  @Column(length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(length = PATH_LENGTH, nullable = false)
  private String path;

  protected QuestionCategory() {}

  QuestionCategory(String bankId, QuestionCategory parent, String name) {
    this.id = UUID.randomUUID().toString();
    this.bankId = bankId;
    this.parentId = parent == null ? null : parent.id;
    this.name = name;
    this.path = parent == null ? name : parent.path + "/" + name;
  }

  /** A category path as stored: the names joined with {@code /}. */
  static String path(List<String> names) {
    return String.join("/", names);
  }

  public String id() {
    return id;
  }

  public String bankId() {
    return bankId;
  }

  public String parentId() {
    return parentId;
  }

  public String name() {
    return name;
  }

  /** The names from the top category down to this one. */
  public List<String> names() {
    return List.of(path.split("/"));
  }

  public String path() {
    return path;
  }
}
