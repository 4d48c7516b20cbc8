package io.kbplatform.content.article;

import io.kbplatform.content.common.Columns;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One saved state of an article: immutable once written. */
@Entity
@Table(name = "article_version")
public class ArticleVersion {

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "article_id", nullable = false, updatable = false)
  private Article article;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(length = ArticleLimits.TITLE_LENGTH, nullable = false, updatable = false)
  private String title;

  @Column(length = ArticleLimits.BODY_LENGTH, nullable = false, updatable = false)
  private String body;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "article_version_tag", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  @Column(name = "tag", length = ArticleLimits.TAG_LENGTH, nullable = false)
  private List<String> tags = new ArrayList<>();

  @Column(length = Columns.USERNAME_LENGTH, nullable = false, updatable = false)
  private String author;

  @Column(name = "change_note", length = ArticleLimits.CHANGE_NOTE_LENGTH, updatable = false)
  private String changeNote;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected ArticleVersion() {}

  ArticleVersion(
      Article article,
      int number,
      String title,
      String body,
      List<String> tags,
      String author,
      String changeNote,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.article = article;
    this.number = number;
    this.title = title;
    this.body = body;
    this.tags = new ArrayList<>(tags);
    this.author = author;
    this.changeNote = changeNote;
    this.createdAt = at;
  }

  public String id() {
    return id;
  }

  public Article article() {
    return article;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public String author() {
    return author;
  }

  public Optional<String> changeNote() {
    return Optional.ofNullable(changeNote);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
