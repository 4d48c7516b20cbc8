package io.kbplatform.content.synonym;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.common.StaleVersionException;
import io.kbplatform.content.space.Space;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Words that mean the same thing to searchers, such as 退款, 退费 and refund: global, or for the
 * articles of one space. A search for any of them also finds articles that use another.
 */
@Entity
@Table(name = "synonym_set")
public class SynonymSet {

  /** Room for the most terms of the longest length, one per line. */
  public static final int TERMS_LENGTH = 1100;

  public static final int STARTER_KEY_LENGTH = 40;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  /** The space the set applies to; null for every space. */
  @Column(name = "space_key", length = Space.KEY_LENGTH, updatable = false)
  private String spaceKey;

  /** The terms, one per line, in the order the author gave them. */
  @Column(length = TERMS_LENGTH, nullable = false)
  private String terms;

  /** The key of the shipped starter set this set was loaded from; null for an author's own set. */
  @Column(name = "starter_key", length = STARTER_KEY_LENGTH, updatable = false)
  private String starterKey;

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

  protected SynonymSet() {}

  /** A new set; the terms are checked ({@link SynonymTerms#checked}). */
  public SynonymSet(String spaceKey, List<String> terms, String by, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.spaceKey = spaceKey;
    this.terms = String.join("\n", SynonymTerms.checked(terms));
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = this.createdAt;
  }

  /** A global set loaded from the shipped starter set, remembering which one it was. */
  static SynonymSet fromStarter(StarterSet starter, String by, Instant at) {
    SynonymSet set = new SynonymSet(null, starter.terms(), by, at);
    set.starterKey = starter.key();
    return set;
  }

  /** Replaces the terms, unless someone else changed the set since {@code expectedVersion}. */
  public void change(List<String> newTerms, long expectedVersion, String by, Instant at) {
    if (expectedVersion != version) {
      throw new StaleVersionException("The synonym set changed since you read it; reload it.");
    }
    this.terms = String.join("\n", SynonymTerms.checked(newTerms));
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String id() {
    return id;
  }

  /** The space the set applies to; empty for a global set. */
  public Optional<String> spaceKey() {
    return Optional.ofNullable(spaceKey);
  }

  /** The key of the starter set this set was loaded from; empty for an author's own set. */
  public Optional<String> starterKey() {
    return Optional.ofNullable(starterKey);
  }

  public boolean isGlobal() {
    return spaceKey == null;
  }

  public List<String> terms() {
    return List.of(terms.split("\n"));
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The optimistic lock version, which ETags carry. */
  public long version() {
    return version;
  }
}
