package io.kbplatform.content.common;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;
import java.util.UUID;

/**
 * What people find by a key and know by a name and an optional description: spaces, groups, and the
 * paths and courses to come. The key's column, length and pattern are each subclass's own (given
 * with {@code @AttributeOverride(name = "key", …)}); the name and description are the same
 * everywhere, and so are their limits, which the API checks before anything is stored.
 */
@MappedSuperclass
public abstract class NamedEntity {

  public static final int NAME_LENGTH = 200;
  public static final int DESCRIPTION_LENGTH = 2000;

  @Id
  @Column(length = Columns.ID_LENGTH)
  private String id;

  @Column(nullable = false, unique = true) // each subclass overrides it with its own column
  private String key;

  @Column(length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(length = DESCRIPTION_LENGTH)
  private String description;

  protected NamedEntity() {}

  protected NamedEntity(String key, String name, String description) {
    this.id = UUID.randomUUID().toString();
    this.key = key;
    this.name = name;
    this.description = description;
  }

  /** Gives the entity a new name and description (none when null); its key stays. */
  protected void relabel(String name, String description) {
    this.name = name;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String key() {
    return key;
  }

  public String name() {
    return name;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }
}
