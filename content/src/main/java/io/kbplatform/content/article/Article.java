package io.kbplatform.content.article;

import io.kbplatform.content.common.Timestamps;
import io.kbplatform.content.space.Space;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A knowledge article: its current working content plus the numbers of its latest and published
 * versions. The content of every version is kept, unchanged, in {@link ArticleVersion}.
 */
@Entity
@Table(name = "article")
public class Article {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "space_id", nullable = false)
  private Space space;

  @Column(length = ArticleLimits.TITLE_LENGTH, nullable = false)
  private String title;

  @Column(length = ArticleLimits.BODY_LENGTH, nullable = false)
  private String body;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
  @OrderColumn(name = "position")
  @Column(name = "tag", length = ArticleLimits.TAG_LENGTH, nullable = false)
  private List<String> tags = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(length = 20, nullable = false)
  private ArticleStatus status;

  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  @Column(name = "published_version")
  private Integer publishedVersion;

  @Column(name = "created_by", length = 64, nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "published_by", length = 64)
  private String publishedBy;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Article() {}

  private Article(Space space, String createdBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.space = space;
    this.status = ArticleStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = Timestamps.toColumn(at);
  }

  /** Creates a draft article and its first version. */
  public static ArticleVersion draft(
      Space space, String title, String body, List<String> tags, String author, Instant at) {
    Article article = new Article(space, author, at);
    return article.revise(title, body, tags, author, null, at);
  }

  /** Saves new content as the next version; the published version, if any, stays as it was. */
  public ArticleVersion revise(
      String title, String body, List<String> tags, String author, String changeNote, Instant at) {
    this.title = title;
    this.body = body;
    this.tags = new ArrayList<>(tags);
    this.latestVersion++;
    this.updatedAt = Timestamps.toColumn(at);
    return new ArticleVersion(this, latestVersion, title, body, tags, author, changeNote, at);
  }

  /** Makes the latest version the one readers see. */
  public void publish(String by, Instant at) {
    this.publishedVersion = latestVersion;
    this.publishedBy = by;
    this.status = ArticleStatus.PUBLISHED;
    this.publishedAt = Timestamps.toColumn(at);
    this.updatedAt = Timestamps.toColumn(at);
  }

  public String id() {
    return id;
  }

  public Space space() {
    return space;
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

  public ArticleStatus status() {
    return status;
  }

  public int latestVersion() {
    return latestVersion;
  }

  public OptionalInt publishedVersion() {
    return publishedVersion == null ? OptionalInt.empty() : OptionalInt.of(publishedVersion);
  }

  public boolean isPublished() {
    return publishedVersion != null;
  }

  public Optional<String> publishedBy() {
    return Optional.ofNullable(publishedBy);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return Timestamps.fromColumn(createdAt);
  }

  public Instant updatedAt() {
    return Timestamps.fromColumn(updatedAt);
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(Timestamps.fromColumn(publishedAt));
  }

  /** The optimistic-lock counter, which changes on every write; the REST layer's ETag. */
  public long lockVersion() {
    return lockVersion;
  }
}
