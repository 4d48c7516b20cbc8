package io.kbplatform.content.article;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.ConflictException;
import io.kbplatform.content.group.Group;
import io.kbplatform.content.permission.Securable;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A knowledge article: its current working content plus the numbers of its latest and published
 * versions. The content of every version is kept, unchanged, in {@link ArticleVersion}.
 */
@Entity
@Table(name = "article")
public class Article implements Securable {

  public static final int DEFAULT_REVIEW_INTERVAL_DAYS = 180;
  public static final int IMPORT_SOURCE_LENGTH = 1000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "space_id", nullable = false)
  private Space space;

  @Column(name = "category_id", length = Columns.ID_LENGTH)
  private String categoryId;

  @Enumerated(EnumType.STRING)
  @Column(length = Columns.ENUM_LENGTH)
  private ArticleTemplate template;

  @Column(length = Columns.USERNAME_LENGTH, nullable = false)
  private String owner;

  @Column(name = "review_interval_days", nullable = false)
  private int reviewIntervalDays = DEFAULT_REVIEW_INTERVAL_DAYS;

  @Column(name = "review_due_at")
  private Instant reviewDueAt;

  @Column(name = "needs_review", nullable = false)
  private boolean needsReview;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verified_by", length = Columns.USERNAME_LENGTH)
  private String verifiedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "article_restriction", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "group_key", length = Group.KEY_LENGTH, nullable = false)
  private Set<String> restrictedTo = new TreeSet<>();

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
  @Column(length = Columns.ENUM_LENGTH, nullable = false)
  private ArticleStatus status;

  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  @Column(name = "published_version")
  private Integer publishedVersion;

  @Column(name = "created_by", length = Columns.USERNAME_LENGTH, nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by", length = Columns.USERNAME_LENGTH)
  private String publishedBy;

  /** The collection (an article listing the sections of one imported document) this is part of. */
  @Column(name = "collection_id", length = Columns.ID_LENGTH)
  private String collectionId;

  @Column(name = "collection_position")
  private Integer collectionPosition;

  /** For a collection made by an import: the imported file, which a re-import finds it by. */
  @Column(name = "import_source", length = IMPORT_SOURCE_LENGTH)
  private String importSource;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Article() {}

  private Article(Space space, String createdBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.space = space;
    this.status = ArticleStatus.DRAFT;
    this.createdBy = createdBy;
    this.owner = createdBy;
    this.createdAt = at;
  }

  /** Creates a draft article and its first version. */
  public static ArticleVersion draft(
      Space space,
      ArticleTemplate template,
      String title,
      String body,
      List<String> tags,
      String author,
      Instant at) {
    Article article = new Article(space, author, at);
    article.template = template;
    return article.revise(title, body, tags, author, null, at);
  }

  /**
   * Saves new content as the next version, a draft; the published version, if any, stays live. An
   * archived article must be unarchived first.
   */
  public ArticleVersion revise(
      String title, String body, List<String> tags, String author, String changeNote, Instant at) {
    if (status == ArticleStatus.ARCHIVED) {
      throw new ConflictException("The article is archived; unarchive it before editing.");
    }
    this.status = ArticleStatus.DRAFT;
    this.title = title;
    this.body = body;
    this.tags = new ArrayList<>(tags);
    this.latestVersion++;
    this.updatedAt = at;
    return new ArticleVersion(this, latestVersion, title, body, tags, author, changeNote, at);
  }

  /** Makes the latest version the one readers see; publishing also verifies it. */
  public void publish(String by, Instant at) {
    requireStatus("publish", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW);
    this.publishedVersion = latestVersion;
    this.publishedBy = by;
    this.status = ArticleStatus.PUBLISHED;
    this.publishedAt = at;
    this.updatedAt = at;
    verify(by, at);
  }

  /** Asks the publishers of the space to review the latest draft. */
  public void submit(Instant at) {
    requireStatus("submit", ArticleStatus.DRAFT);
    this.status = ArticleStatus.IN_REVIEW;
    this.updatedAt = at;
  }

  /** Sends a draft under review back to its authors. */
  public void reject(Instant at) {
    requireStatus("reject", ArticleStatus.IN_REVIEW);
    this.status = ArticleStatus.DRAFT;
    this.updatedAt = at;
  }

  /** Hides the article from readers and from search. */
  public void archive(Instant at) {
    requireStatus("archive", ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED);
    this.status = ArticleStatus.ARCHIVED;
    this.updatedAt = at;
  }

  /** Brings an archived article back: live again if its latest version is the published one. */
  public void unarchive(Instant at) {
    requireStatus("unarchive", ArticleStatus.ARCHIVED);
    boolean latestIsLive = publishedVersion != null && publishedVersion == latestVersion;
    this.status = latestIsLive ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT;
    this.updatedAt = at;
  }

  /** Confirms the published content is still right: the review clock starts again. */
  public void verify(String by, Instant at) {
    if (publishedVersion == null) {
      throw new ConflictException("Only a published article can be verified.");
    }
    this.verifiedAt = at;
    this.verifiedBy = by;
    this.needsReview = false;
    this.reviewDueAt = at.plus(Duration.ofDays(reviewIntervalDays));
  }

  /** Marks the article as needing review if its review date has passed; true if it changed. */
  public boolean lapse(Instant now) {
    if (needsReview || reviewDueAt == null || reviewDueAt.isAfter(now)) {
      return false;
    }
    this.needsReview = true;
    return true;
  }

  /** Sets who keeps the article current and how often it must be verified. */
  public void assignReview(String owner, int intervalDays) {
    this.owner = owner;
    if (intervalDays != reviewIntervalDays) {
      this.reviewIntervalDays = intervalDays;
      if (verifiedAt != null) {
        this.reviewDueAt = verifiedAt.plus(Duration.ofDays(intervalDays));
      }
    }
  }

  /** Moves the article to another space and/or category. */
  public void moveTo(Space space, String categoryId) {
    this.space = space;
    this.categoryId = categoryId;
  }

  /** Restricts the article to members of the given groups; an empty set lifts the restriction. */
  public void restrictTo(Set<String> groupKeys) {
    this.restrictedTo.clear();
    this.restrictedTo.addAll(groupKeys);
  }

  private void requireStatus(String action, ArticleStatus... allowed) {
    if (!List.of(allowed).contains(status)) {
      throw new ConflictException(
          "Cannot " + action + " an article that is " + status.name().toLowerCase() + ".");
    }
  }

  /** Makes this article the section at a position of a collection. */
  public void placeIn(String collection, int position) {
    this.collectionId = collection;
    this.collectionPosition = position;
  }

  /** Takes this article out of its collection; it stays an article of its own. */
  public void leaveCollection() {
    this.collectionId = null;
    this.collectionPosition = null;
  }

  /** Marks this article as the collection of the sections imported from a file. */
  public void collectImportOf(String source) {
    this.importSource = source;
  }

  public Optional<String> collectionId() {
    return Optional.ofNullable(collectionId);
  }

  public OptionalInt collectionPosition() {
    return collectionPosition == null ? OptionalInt.empty() : OptionalInt.of(collectionPosition);
  }

  public Optional<String> importSource() {
    return Optional.ofNullable(importSource);
  }

  public String id() {
    return id;
  }

  @Override
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

  @Override
  public boolean isArchived() {
    return status == ArticleStatus.ARCHIVED;
  }

  public Optional<String> categoryId() {
    return Optional.ofNullable(categoryId);
  }

  public Optional<ArticleTemplate> template() {
    return Optional.ofNullable(template);
  }

  @Override
  public String owner() {
    return owner;
  }

  public int reviewIntervalDays() {
    return reviewIntervalDays;
  }

  public Optional<Instant> reviewDueAt() {
    return Optional.ofNullable(reviewDueAt);
  }

  public boolean needsReview() {
    return needsReview;
  }

  public Optional<Instant> verifiedAt() {
    return Optional.ofNullable(verifiedAt);
  }

  public Optional<String> verifiedBy() {
    return Optional.ofNullable(verifiedBy);
  }

  @Override
  public Set<String> restrictedTo() {
    return Set.copyOf(restrictedTo);
  }

  /** Whether a newer draft than the published version exists. */
  public boolean hasUnpublishedChanges() {
    return publishedVersion == null || latestVersion > publishedVersion;
  }

  public int latestVersion() {
    return latestVersion;
  }

  public OptionalInt publishedVersion() {
    return publishedVersion == null ? OptionalInt.empty() : OptionalInt.of(publishedVersion);
  }

  @Override
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
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  /** The optimistic-lock counter, which changes on every write; the REST layer's ETag. */
  public long lockVersion() {
    return lockVersion;
  }
}
