package io.kbplatform.content.acknowledgement;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.group.Group;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who must read and acknowledge an article (none: it is not mandatory) and since which version an
 * acknowledgement counts: the latest significant publication. The first publication always counts
 * as significant.
 */
@Entity
@Table(name = "mandatory_reading")
public class MandatoryReading {

  @Id
  @Column(name = "article_id", length = Columns.ID_LENGTH)
  private String articleId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mandatory_reading_group", joinColumns = @JoinColumn(name = "article_id"))
  @Column(name = "group_key", length = Group.KEY_LENGTH, nullable = false)
  private Set<String> groups = new TreeSet<>();

  @Column(name = "significant_version")
  private Integer significantVersion;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected MandatoryReading() {}

  public MandatoryReading(String articleId, Instant at) {
    this.articleId = articleId;
    this.updatedAt = at;
  }

  /**
   * Takes note of a publication: a significant one, or the first one, asks every reader to
   * acknowledge again from this version on. Returns whether it did.
   */
  public boolean published(int version, boolean significant, Instant at) {
    if (!significant && significantVersion != null) {
      return false;
    }
    this.significantVersion = version;
    this.updatedAt = at;
    return true;
  }

  /** Replaces the groups that must acknowledge the article; none makes it optional again. */
  public void requireFrom(Set<String> groupKeys, Instant at) {
    this.groups.clear();
    this.groups.addAll(groupKeys);
    this.updatedAt = at;
  }

  /** Whether an acknowledgement of this version still counts: it is at or after the threshold. */
  public boolean isSatisfiedBy(int acknowledgedVersion) {
    return acknowledgedVersion >= requiredSince();
  }

  /** The oldest version whose acknowledgement counts (1 before any recorded publication). */
  public int requiredSince() {
    return significantVersion == null ? 1 : significantVersion;
  }

  public boolean isMandatory() {
    return !groups.isEmpty();
  }

  public boolean isMandatoryFor(Set<String> groupKeys) {
    return groups.stream().anyMatch(groupKeys::contains);
  }

  public String articleId() {
    return articleId;
  }

  public Set<String> groups() {
    return Set.copyOf(groups);
  }

  public OptionalInt significantVersion() {
    return significantVersion == null ? OptionalInt.empty() : OptionalInt.of(significantVersion);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
