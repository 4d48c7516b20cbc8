package io.kbplatform.content.category;

import io.kbplatform.content.common.Columns;
import io.kbplatform.content.space.Space;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A node of a space's ordered category tree. */
@Entity
@Table(name = "category")
public class Category {

  public static final int NAME_LENGTH = 200;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "space_id", nullable = false, updatable = false)
  private Space space;

  @Column(name = "parent_id", length = Columns.ID_LENGTH)
  private String parentId;

  @Column(length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(nullable = false)
  private int position;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  protected Category() {}

  Category(Space space, String parentId, String name, int position, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.space = space;
    this.parentId = parentId;
    this.name = name;
    this.position = position;
    this.createdAt = at;
  }

  void placeUnder(String parentId, int position) {
    this.parentId = parentId;
    this.position = position;
  }

  void rename(String name) {
    this.name = name;
  }

  void position(int position) {
    this.position = position;
  }

  public String id() {
    return id;
  }

  public Space space() {
    return space;
  }

  public Optional<String> parentId() {
    return Optional.ofNullable(parentId);
  }

  public String name() {
    return name;
  }

  public int position() {
    return position;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
